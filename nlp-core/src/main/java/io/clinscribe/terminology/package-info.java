/**
 * Terminology: cTAKES's sno_rx_16ab dictionary (SNOMED CT, RxNorm) as a shared UIMA resource for the
 * fast dictionary lookup, and clinscribe's supplementary lexicons of names that dictionary lacks.
 */
package io.clinscribe.terminology;
