package org.scrworkflow.demo;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo set-up: one password for every demo user (it meets the password policy) and the sample agencies.
 *
 * @param password the password of every demo user
 * @param agencies the sample agencies, each with an IMR author and a senior manager
 * @param lscbs the two sample LSCBs (tenants): the first holds every demo user of the sample agencies, the second
 *     its own chair, business manager, panel member and manager, so that the isolation can be seen
 * @param seedReviews start sample reviews at different stages when there is none yet ({@link DemoReviews})
 */
@ConfigurationProperties(prefix = "scr.demo")
public record DemoProperties(String password, List<Agency> agencies, List<Lscb> lscbs, boolean seedReviews) {

  public record Agency(String id, String name) {}

  public record Lscb(String id, String name) {}
}
