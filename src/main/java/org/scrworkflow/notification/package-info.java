/**
 * Notifications of a review: who receives them (G-5 routing for Ofsted and GO/DfE, LSCB roles, agencies),
 * the record of every notification sent, and the sending itself.
 */
package org.scrworkflow.notification;
