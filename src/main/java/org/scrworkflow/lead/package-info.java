/**
 * The lead LSCB (S-03, G-4, R-1.3): only the lead LSCB's chair decides whether to hold a review, so a referral
 * notified by another LSCB is handed to the lead's review on this system, or sent to a lead outside it.
 */
package org.scrworkflow.lead;
