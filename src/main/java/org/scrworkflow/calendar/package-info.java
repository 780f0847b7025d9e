/**
 * Working days, calendar months and the statutory periods (T-1 to T-18): one tested date service that every
 * model's due dates and timers use. The periods themselves are rows of processes/statutory-timescale.dmn.
 */
package org.scrworkflow.calendar;
