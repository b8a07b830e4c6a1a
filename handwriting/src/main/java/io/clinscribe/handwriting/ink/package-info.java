/**
 * Digital ink from smart pens and tablets as W3C InkML: {@link io.clinscribe.handwriting.ink.InkmlReader}
 * reads a file safely into an {@link io.clinscribe.handwriting.ink.InkDocument} (strokes with times),
 * {@link io.clinscribe.handwriting.ink.InkRenderer} draws it at the size Tesseract reads best, and the
 * resulting {@link io.clinscribe.handwriting.ink.RenderedInk} maps any word box Tesseract reports back to the
 * strokes drawn there and the time they were written. Bad or hostile files fail with an
 * {@link io.clinscribe.handwriting.ink.InkInputException} naming the file and the problem.
 */
package io.clinscribe.handwriting.ink;
