/**
 * The identity vault: the only place names, dates of birth, addresses, schools and aliases of the
 * child and family are held. Every other record uses the case reference and pseudonyms.
 */
package org.scrworkflow.vault;
