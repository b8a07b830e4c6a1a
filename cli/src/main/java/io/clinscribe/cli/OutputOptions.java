package io.clinscribe.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the commands that produce documents (text, dictate, scan) send them. */
final class OutputOptions {

    @Option(names = "--out", paramLabel = "DIR", description = "Write one JSON file per input (ID.json) into DIR instead of printing.")
    Path outDir;

    @Option(names = "--jsonl", description = "Print one document per line (JSON Lines) instead of indented JSON.")
    boolean jsonLines;

    DocumentOutput open(Writer out) throws IOException {
        return new DocumentOutput(out, outDir, jsonLines);
    }
}
