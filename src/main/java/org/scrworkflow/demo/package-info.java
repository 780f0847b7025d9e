/**
 * Demo users and data for the embedded default (profile {@code demo}, active unless another profile is
 * chosen). Never active in production: all names are fictional.
 */
package org.scrworkflow.demo;
