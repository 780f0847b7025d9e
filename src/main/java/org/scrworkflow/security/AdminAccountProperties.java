package org.scrworkflow.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The administrator account created at start-up when it does not exist. In production it comes from the
 * environment (SCR_ADMIN_USER, SCR_ADMIN_PASSWORD, SCR_ADMIN_EMAIL); there is no default password.
 */
@Validated
@ConfigurationProperties(prefix = "scr.admin")
public record AdminAccountProperties(
    @NotBlank(message = "is not set: give the administrator's user id in the environment variable SCR_ADMIN_USER")
        String userId,
    @NotBlank(message = "is not set: give the administrator's password in the environment variable SCR_ADMIN_PASSWORD")
        String password,
    @NotBlank(message = "is not set: give the administrator's e-mail address in the environment variable SCR_ADMIN_EMAIL")
        @Email
        String email) {}
