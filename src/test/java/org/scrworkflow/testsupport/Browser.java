package org.scrworkflow.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (the two always match; nothing is
 * downloaded). Helpers fill Camunda Forms in Tasklist by their labels, as a person would.
 */
public final class Browser implements AutoCloseable {

  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;

  public Browser(String baseUrl) {
    this(baseUrl, "en-GB");
  }

  /**
   * A browser whose person prefers English (UK) (its accepted languages) and whose interface speaks the given
   * language, e.g. "en-US": Chromium installed in English (US), as many are in England.
   */
  public Browser(String baseUrl, String interfaceLanguage) {
    this.baseUrl = baseUrl;
    String posix = interfaceLanguage.replace('-', '_');
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("scr.chromium", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1400,1000", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--lang=" + interfaceLanguage);
    // an English (UK) browser, as the LSCBs' staff use: Tasklist, form-js and the date pickers follow it
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "en-GB,en"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(System.getProperty("scr.chromedriver", "/usr/bin/chromedriver")))
        .usingAnyFreePort()
        .withEnvironment(java.util.Map.of("LANG", posix + ".UTF-8", "LANGUAGE", posix + ":en", "TZ", "Europe/London"))
        .build();
    this.driver = new ChromeDriver(service, options);
    // a ceiling, not a pause: the first load of a webapp on a busy 2-core machine has taken over 20 s
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
  }

  public WebDriver driver() {
    return driver;
  }

  /** Logs in to a web application (tasklist, cockpit) as a demo user. */
  public void login(String app, String user, String password) {
    driver.manage().deleteAllCookies();
    driver.get(baseUrl + "/camunda/app/" + app + "/default/");
    WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[ng-model='username'], input[name='username'], input#username")));
    name.sendKeys(user);
    driver.findElement(By.cssSelector("input[type='password']")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type='password']")));
  }

  public WebElement waitFor(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Clicks like a person; a notification toast over the button does not get in the way. */
  public void click(By by) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
    try {
      element.click();
    } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
      ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
    }
  }

  public void clickText(String text) {
    click(By.xpath("//*[self::a or self::button][contains(normalize-space(.), \"" + text + "\")]"));
  }

  /** Opens a task in Tasklist (a Camunda Form or an embedded upload form) and claims it if nobody has. */
  public void openTask(String taskId) {
    driver.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
    try {
      waitFor(By.cssSelector(".fjs-form, form.scr-upload-form"));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("failed-to-open-task-" + taskId);
      throw e;
    }
    List<WebElement> claim = driver.findElements(By.xpath("//button[normalize-space(.)='Claim']"));
    if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
      claim.get(0).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
    }
  }

  private WebElement input(String label) {
    return waitFor(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[contains(normalize-space(.), \""
        + label + "\")]]//*[self::input or self::textarea][not(@type='hidden')]"));
  }

  /** Replaces a field's text as a person does (select all, delete, type): form-js may undo a programmatic clear. */
  public void type(String label, String text) {
    WebElement field = input(label);
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(text);
  }

  /** A date field: typed as the picker shows it in this English (UK) browser, dd/mm/yyyy, then Enter. */
  public void date(String label, String ukDate) {
    WebElement field = input(label);
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(ukDate + "\n");
  }

  public void tick(String label, boolean ticked) {
    WebElement box = waitFor(By.xpath("//div[contains(@class,'fjs-form-field')]//label[contains(normalize-space(.), \""
        + label + "\")]//input[@type='checkbox'] | //div[contains(@class,'fjs-form-field-checkbox')][.//label[contains(normalize-space(.), \""
        + label + "\")]]//input[@type='checkbox']"));
    if (box.isSelected() != ticked) {
      ((JavascriptExecutor) driver).executeScript("arguments[0].click();", box);
    }
  }

  public void choose(String label, String option) {
    click(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[contains(normalize-space(.), \"" + label
        + "\")]]//div[contains(@class,'fjs-input-group')]"));
    click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.), \"" + option + "\")]"));
  }

  /** The validation message shown under a field. */
  public String errorOf(String label) {
    return waitFor(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[contains(normalize-space(.), \"" + label
        + "\")]]//*[contains(@class,'fjs-form-field-error')]")).getText();
  }

  /** Chooses a file for an embedded form's file field, as a person picking it in the file dialog. */
  public void attach(String fieldId, Path file) {
    WebElement input = driver.findElement(By.id(fieldId));
    input.sendKeys(file.toAbsolutePath().toString());
  }

  /** The message an embedded form shows next to a file field ("" when the file is fine). */
  public String uploadProblem(String fieldId) {
    return driver.findElement(By.xpath("//input[@id='" + fieldId + "']/following-sibling::*[contains(@class,"
        + "'upload-problem')]")).getText();
  }

  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
