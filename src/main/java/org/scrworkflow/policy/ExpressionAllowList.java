package org.scrworkflow.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.scrworkflow.calendar.Deadlines;
import org.scrworkflow.lead.LeadLscbs;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.review.Agencies;
import org.scrworkflow.rules.RulesInForce;

/**
 * What a deployed model may name in an expression: the one allow-list of the deployment check. Deploying a model
 * is running code (Camunda resolves every Spring bean and every Java method an expression names), so anything
 * not listed here is refused. To let the models use a new bean, add it to {@link Bean} in the same change that
 * adds the bean, with a reason; {@code ExpressionAllowListTest} checks every entry against the application.
 */
public final class ExpressionAllowList {

  private ExpressionAllowList() {}

  /** How a model uses a bean. */
  public enum Kind {
    /** Called by its listed methods, e.g. {@code ${deadlines.dueAt('T-2', incidentNotifiedOn)}}; never bare. */
    SERVICE,
    /**
     * Named bare as the delegate expression of a service task or a listener, e.g. {@code ${sendNotification}}:
     * a {@code JavaDelegate}, {@code ExecutionListener} or {@code TaskListener}. Never called by method.
     */
    DELEGATE
  }

  /** The Spring beans a model may name, by bean name. */
  public enum Bean {
    DEADLINES("deadlines", Kind.SERVICE, Deadlines.class,
        "statutory dates from the statutory-timescale table (calendar/)",
        Set.of("dueDate", "dueDateIso", "dueAt", "remindAt", "after", "onTime", "before", "endOfDay", "latestOf",
            "firstOf",
            "today", "currentDate", "toLocalDate"),
        Set.of()),
    RULES("rules", Kind.SERVICE, RulesInForce.class,
        "the version of a decision table or called process the review began under, e.g. the decision version of a"
            + " business rule task (rules/)",
        Set.of("version"), Set.of()),
    LEAD_LSCBS("leadLscbs", Kind.SERVICE, LeadLscbs.class,
        "whether the review's own LSCB leads it and whether the lead uses this system (lead/)",
        Set.of("leadsHere", "usesThisSystem"), Set.of()),
    HAND_OVER_TO_LEAD_LSCB("handOverToLeadLscb", Kind.DELEGATE, null,
        "hands the referral to the lead LSCB's review on this system (lead/)", Set.of(),
        Set.of()),
    AGENCIES("agencies", Kind.SERVICE, Agencies.class,
        "the agencies involved as a list of ids, e.g. the IMR multi-instance collection (review/)",
        Set.of("ids"), Set.of()),
    SEND_NOTIFICATION("sendNotification", Kind.DELEGATE, null,
        "sends a notification: inputs template, recipients, dueDate (notification/)", Set.of(), Set.of()),
    GENERATE_DOCUMENT("generateDocument", Kind.DELEGATE, null,
        "generates a PDF: input document; sets the local variable documentId (document/)", Set.of(),
        Set.of("documentId")),
    ANONYMISATION_CHECK("anonymisationCheck", Kind.DELEGATE, null,
        "G-11 anonymisation check of the publication texts (publication/)", Set.of(), Set.of()),
    ASSEMBLE_PUBLICATION_PACK("assemblePublicationPack", Kind.DELEGATE, null,
        "assembles the publication pack (publication/)", Set.of(), Set.of()),
    INITIATION_DECISION_CHECK("initiationDecisionCheck", Kind.DELEGATE, null,
        "task listener checking the chair's decision at S-07 (review/)", Set.of(), Set.of()),
    RECORD_RULES_IN_FORCE("recordRulesInForce", Kind.DELEGATE, null,
        "start listener keeping in the review the version of every decision table and process deployed now (rules/)",
        Set.of(), Set.of(SeriousCaseReview.RULES_IN_FORCE.name())),
    REFERRAL_CHECK("referralCheck", Kind.DELEGATE, null,
        "execution listener checking the referral at S-01 (review/)", Set.of(), Set.of()),
    RECEIVE_UPLOADS("receiveUploads", Kind.DELEGATE, null,
        "stores the files uploaded with an embedded form in the document store (document/, file uploads)", Set.of(),
        Set.of());

    private final String beanName;
    private final Kind kind;
    private final Class<?> type;
    private final String purpose;
    private final Set<String> methods;
    private final Set<String> sets;

    Bean(String beanName, Kind kind, Class<?> type, String purpose, Set<String> methods, Set<String> sets) {
      this.beanName = beanName;
      this.kind = kind;
      this.type = type;
      this.purpose = purpose;
      this.methods = methods;
      this.sets = sets;
    }

    /** The Spring bean name models use, e.g. {@code deadlines}. */
    public String beanName() {
      return beanName;
    }

    public Kind kind() {
      return kind;
    }

    /** The bean's class for a {@link Kind#SERVICE}, whose methods are checked against it; null for delegates. */
    public Class<?> type() {
      return type;
    }

    /** What the bean is for, in a few words. */
    public String purpose() {
      return purpose;
    }

    /** The methods a model may call on a {@link Kind#SERVICE}; empty for a delegate. */
    public Set<String> methods() {
      return methods;
    }

    /** Variables the delegate sets that are not in the one variable list (local variables for output mappings). */
    public Set<String> sets() {
      return sets;
    }

    /** The bean of that name, if the models may use it. */
    public static Optional<Bean> named(String beanName) {
      return Arrays.stream(values()).filter(bean -> bean.beanName.equals(beanName)).findFirst();
    }

    /** The bean names of one kind, for messages: "sendNotification, generateDocument, ...". */
    static String names(Kind kind) {
      return String.join(", ", Arrays.stream(values()).filter(bean -> bean.kind == kind).map(Bean::beanName).toList());
    }
  }

  /** The engine's own object for the current execution: only these members, never the engine behind it. */
  public static final String EXECUTION = "execution";

  /** Methods a model may call on {@code execution}: read a variable that may be unset, set the business key. */
  public static final Set<String> EXECUTION_METHODS =
      Set.of("getVariable", "hasVariable", "getProcessBusinessKey", "setProcessBusinessKey");

  /** Properties a model may read on {@code execution}, e.g. {@code #{execution.processBusinessKey}}. */
  public static final Set<String> EXECUTION_PROPERTIES = Set.of("processBusinessKey");

  /**
   * Variables the engine sets itself: the logged-in user and the counters of a multi-instance activity. The
   * engine's other objects ({@code task}, {@code externalTask}, {@code caseExecution}) are not allowed: each
   * reaches the engine's services.
   */
  public static final Set<String> ENGINE_VARIABLES = Set.of(
      "authenticatedUserId", "loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");

  /**
   * Names that reach Java itself: classes, class loaders, reflection, the runtime, processes, the engine and the
   * Spring context (lower case). Refused as a name, a property or a method anywhere, so that a refusal names the
   * trick even where another rule refuses the expression too.
   */
  public static final Set<String> FORBIDDEN_NAMES = Set.of(
      "class", "getclass", "forname", "classloader", "getclassloader", "contextclassloader",
      "getcontextclassloader", "runtime", "getruntime", "exec", "processbuilder", "system", "thread",
      "currentthread", "newinstance", "getmethod", "getdeclaredmethod", "getmethods", "getdeclaredmethods",
      "getconstructor", "getdeclaredconstructor", "getfield", "getdeclaredfield", "invoke", "module", "getmodule",
      "protectiondomain", "getprotectiondomain", "scriptenginemanager", "processengine", "getprocessengine",
      "processengineservices", "getprocessengineservices", "processengineconfiguration",
      "getprocessengineconfiguration", "applicationcontext", "getapplicationcontext", "beanfactory", "getbean");

  /** A string literal that names a Java class or package, e.g. {@code 'java.lang.Runtime'}. */
  private static final Pattern CLASS_NAME = Pattern.compile(
      "\\b(?:java|javax|jakarta|sun|jdk|com\\.sun|org\\.camunda|org\\.springframework|groovy|scala)\\.\\w"
          + "|Runtime|ClassLoader|ProcessBuilder|ScriptEngine");

  /** Whether a name, property or method is one of {@link #FORBIDDEN_NAMES}. */
  static boolean isForbiddenName(String name) {
    return name != null && FORBIDDEN_NAMES.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Whether a string literal names a Java class or package. */
  static boolean namesJavaClass(String literal) {
    return literal != null && CLASS_NAME.matcher(literal).find();
  }
}
