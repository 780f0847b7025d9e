package org.scrworkflow.demo;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo set-up: one password for every demo user (it meets the password policy) and the sample agencies.
 *
 * @param password the password of every demo user
 * @param agencies the sample agencies, each with an IMR author and a senior manager
 * @param seedReviews start sample reviews at different stages when there is none yet ({@link DemoReviews})
 */
@ConfigurationProperties(prefix = "scr.demo")
public record DemoProperties(String password, List<Agency> agencies, boolean seedReviews) {

  public record Agency(String id, String name) {}
}
