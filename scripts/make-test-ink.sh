#!/usr/bin/env bash
# Writes the sample smart-pen ink in corpora/ink from stroke data (the handwriting tests' stroke font),
# timed as a pen records it. The output is committed; rerun after changing the writer.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o -pl handwriting -am test-compile
mvn -q -B -o -pl handwriting dependency:build-classpath -Dmdep.outputFile=handwriting/target/test-classpath.txt
java -cp "handwriting/target/test-classes:handwriting/target/classes:$(cat handwriting/target/test-classpath.txt)" \
  io.clinscribe.handwriting.ink.InkCorpusWriter corpora/ink
ls -l corpora/ink
