#!/bin/sh
# Builds the fuzzers' seed corpora from lessons/ into Fuzz/corpus/ (not committed).
# Usage: Fuzz/make-corpus.sh   (after the fuzzers and .build/debug/scalelab are built)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
corpus="$root/Fuzz/corpus"
fuzzers="$root/.build-fuzz/release"
rm -rf "$corpus"
mkdir -p "$corpus/gift" "$corpus/words" "$corpus/sheet" "$corpus/paper" "$corpus/mermaid" "$corpus/markdown" "$corpus/design"

for quiz in "$root"/lessons/quizzes/*/*.gift; do
    language=$(basename "$(dirname "$quiz")")
    cp "$quiz" "$corpus/gift/$language-$(basename "$quiz")"
done
for script in "$root"/lessons/scripts/*.lab; do
    cp "$script" "$corpus/words/$(basename "$script")"
done
for lesson in "$root"/lessons/en/*.md "$root"/lessons/ko/*.md; do
    language=$(basename "$(dirname "$lesson")")
    cp "$lesson" "$corpus/markdown/$language-$(basename "$lesson")"
    # Each ```mermaid block becomes one seed, and each ```lab block's lines become word seeds.
    awk -v out="$corpus/mermaid/$language-$(basename "$lesson" .md)" -v labs="$corpus/words/$language-$(basename "$lesson" .md)" '
        /^```mermaid/ { n++; inside = "m"; next }
        /^```lab/ { l++; inside = "l"; next }
        /^```/ { inside = ""; next }
        inside == "m" { print > (out "-" n ".mmd") }
        inside == "l" { print > (labs "-lab-" l ".txt") }
    ' "$lesson"
done
# Design files: the built-in designs and every lesson diagram (the design lab runs them unchanged).
cp "$root"/lessons/designs/*.mmd "$corpus/design/"
cp "$corpus"/mermaid/*.mmd "$corpus/design/"
if [ -x "$root/.build/debug/scalelab" ]; then
    for quiz in "$root"/lessons/quizzes/en/*.gift; do
        "$root/.build/debug/scalelab" quiz paper "$quiz" --out "$corpus/paper/$(basename "$quiz" .gift).json" --force > /dev/null
    done
fi
if [ -x "$fuzzers/FuzzSheet" ]; then
    # NB: the key is a global the process never frees; LeakSanitizer would call that a leak at exit.
    ASAN_OPTIONS=detect_leaks=0 FUZZ_SHEET_SEEDS="$corpus/sheet" "$fuzzers/FuzzSheet"
fi
for kind in gift words sheet paper mermaid markdown design; do
    echo "$kind: $(ls "$corpus/$kind" | wc -l) seeds"
done
