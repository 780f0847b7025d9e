/** Publication: what may be published (G-8 to G-12), the anonymisation check (G-11) and the publication pack. */
package org.scrworkflow.publication;
