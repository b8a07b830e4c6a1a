#!/usr/bin/env bash
# Rebuilds the clinical dictation language model and pronunciation dictionary that the speech module
# ships (speech/src/main/resources/io/clinscribe/speech/languagemodel/clinical-dictation.{lm.gz,dict}).
# The output is committed: building it needs PocketSphinx's general model (/usr/share/pocketsphinx,
# read through libsphinxbase because Debian's sphinx_lm_convert cannot write it as ARPA), Flite's t2p
# for letter-to-sound, python3 and the sno_rx dictionary, none of which a plain Maven build should need.
# Deterministic: the same inputs give byte-identical files. Takes about a minute.
#   scripts/build-clinical-language-model.sh            # everything
#   SKIP_TERMS=1 scripts/build-clinical-language-model.sh   # keep the committed clinical-terms.txt
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
resources=speech/src/main/resources/io/clinscribe/speech/languagemodel
general=/usr/share/pocketsphinx/model/en-us
work=speech/target/clinical-language-model
# The general slice: unigrams of the 20,000 commonest words, bigrams among the 5,000 commonest.
top_words=20000
top_bigram_words=5000
# Weight of the clinical model in the interpolation (chosen on dictation recordings, see the README).
clinical_weight=${CLINICAL_WEIGHT:-0.5}

for need in python3 t2p java mvn; do
  command -v "$need" >/dev/null || { echo "missing: $need" >&2; exit 1; }
done
[ -f "$general/en-us.lm.bin" ] || { echo "missing: pocketsphinx-en-us" >&2; exit 1; }
mkdir -p "$work"

if [ -z "${SKIP_TERMS:-}" ]; then
  sno_rx=models/target/classes/io/clinscribe/models/terminology/sno_rx_16ab
  if [ ! -f "$sno_rx/terms.bsv" ]; then
    mvn -q -B -o -pl models process-classes
  fi
  python3 scripts/extract-clinical-terms.py "$sno_rx" "$resources/clinical-terms.txt"
fi

mvn -q -B -o -pl speech -am compile
classpath=speech/target/classes:nlp-core/target/classes
java -cp "$classpath" io.clinscribe.speech.languagemodel.ClinicalModelBuilder --vocabulary "$work/corpus-vocabulary.txt"
python3 scripts/extract-general-lm-slice.py "$general/en-us.lm.bin" "$top_words" "$top_bigram_words" \
  "$work/corpus-vocabulary.txt" "$work/general-slice.arpa" 2> >(grep -v '^INFO:' >&2)
java -Xmx3g -cp "$classpath" io.clinscribe.speech.languagemodel.ClinicalModelBuilder \
  "$resources" "$general/cmudict-en-us.dict" "$work/general-slice.arpa" "$clinical_weight"
ls -l "$resources"/clinical-dictation.*
