#!/usr/bin/env bash
# Takes the README's screenshot of File > Export report...: builds a private ledger with the seeds, the Dari test
# article and four claims (one a Draft), opens the dialog with Ctrl+E in a private Xvfb display, ticks Draft,
# exports to a temporary file and saves a PNG.
# Needs: xvfb, xauth, imagemagick, xdotool, a JDK with jshell, and `mvn -q package -DskipTests` first.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/export-dialog.png}
ledger=$(mktemp -d)
# A reviewer is set, so the first-start question does not cover the window.
export XDG_CONFIG_HOME="$ledger/config"
mkdir -p "$XDG_CONFIG_HOME/claimdesk"
printf 'reviewer.name=Amina Rahimi\nreviewer.organisation=Kabul Fact Desk\n' > "$XDG_CONFIG_HOME/claimdesk/settings.properties"
report=$(mktemp -d)/desk-report.html
display=:$((500 + RANDOM % 400))
java -jar target/claimdesk.jar import seeds/*.txt src/test/resources/articles/dari.txt --db "$ledger" >/dev/null 2>&1
jshell --class-path target/claimdesk.jar -R-Dledger="$ledger" - >/dev/null <<'JSH'
import claimdesk.model.*;
var store = claimdesk.store.LedgerStore.open(java.nio.file.Path.of(System.getProperty("ledger")), "amina");
void claim(int article, String exact, ClaimStatus status, Verdict verdict, String note) {
    var a = store.article(store.articles().get(article).id()).orElseThrow();
    int at = a.text().indexOf(exact);
    store.createClaim(a.id(), TextQuote.of(a.text(), at, at + exact.length()), java.util.List.of("figure"),
            verdict, status, note);
}
claim(0, "more than 75,000 undocumented Afghan migrants", ClaimStatus.VERIFIED, Verdict.MOSTLY_FALSE,
        "UNHCR counts 58,000 returns in the same two weeks; the 75,000 figure includes voluntary returns.");
claim(0, "26320 Afghan migrants", ClaimStatus.DRAFT, Verdict.UNVERIFIABLE, "No second source yet.");
claim(1, "Iranian President Urges Stronger Ties", ClaimStatus.PUBLISHED, Verdict.TRUE, "Matches the ministry's statement.");
store.close();
/exit
JSH
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $app $xvfb 2>/dev/null; rm -rf "$ledger" "$(dirname "$report")"' EXIT
sleep 1
export DISPLAY=$display
java -jar target/claimdesk.jar --db "$ledger" >/dev/null 2>&1 & app=$!
sleep 16
# Coordinates are those of the 1280x800 main window and the 1120x740 dialog it opens at (80, 20).
xdotool mousemove 120 300 click 1 && sleep 1.5
xdotool key ctrl+e && sleep 5
xdotool mousemove 99 147 click 1 && sleep 2
xdotool mousemove 530 707 click 1 key ctrl+a type "$report"
sleep 1
xdotool mousemove 1087 707 click 1 && sleep 3
xdotool mousemove 800 400 && sleep 1
import -window root "$out"
echo "$out: $(convert "$out" -format '%wx%h' info:)"
