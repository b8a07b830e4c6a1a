/**
 * The per-document work of every command and job: a note, a recording or a scan in, a document with its
 * source and its capability's extra JSON fields out, never an exception for a bad input.
 */
package io.clinscribe.batch.document;
