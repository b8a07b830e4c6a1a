/** Indexes over text spans, so that per-mention questions about other spans stay fast on long documents. */
package io.clinscribe.nlp.span;
