/** A batch on one machine: inputs from a folder or manifest, results written atomically, resume, report, progress. */
package io.clinscribe.batch.run;
