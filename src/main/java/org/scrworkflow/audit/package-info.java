/** Who did what and when in a case, from the engine's history, for complaints and inquiries (JSON and CSV). */
package org.scrworkflow.audit;
