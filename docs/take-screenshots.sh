#!/usr/bin/env bash
# Takes the README's screenshot of the main window: runs the built jar on a fresh ledger in a private Xvfb
# display, tags a claim the way a reviewer does (drag over the text, Ctrl+T, pick a verdict) and saves a PNG.
# Needs: xvfb, xauth, imagemagick, xdotool (apt-get install -y ...), and `mvn -q package -DskipTests` first.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/main-window.png}
ledger=$(mktemp -d)
# A reviewer is set, so the first-start question does not cover the window.
export XDG_CONFIG_HOME="$ledger/config"
mkdir -p "$XDG_CONFIG_HOME/claimdesk"
printf 'reviewer.name=Amina Rahimi\nreviewer.organisation=Kabul Fact Desk\n' > "$XDG_CONFIG_HOME/claimdesk/settings.properties"
display=:$((500 + RANDOM % 400))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $app $xvfb 2>/dev/null; rm -rf "$ledger"' EXIT
sleep 1
export DISPLAY=$display
java -jar target/claimdesk.jar --db "$ledger" >/dev/null 2>&1 & app=$!
sleep 25
# "more than 75,000 undocumented Afghan migrants" in seed 000, as laid out in a 1280x800 window.
xdotool mousemove 404 682 && sleep 0.3 && xdotool mousedown 1 && sleep 0.3
for x in 300 350 380; do xdotool mousemove "$x" 701; sleep 0.2; done
xdotool mouseup 1
sleep 0.5
xdotool key ctrl+t
sleep 1.5
# Pick "Mostly false" in the verdict list, then click into another paragraph so the highlight shows.
xdotool mousemove 830 531 click 1
sleep 0.8
xdotool key Down Down Down Down Return
sleep 1
xdotool mousemove 500 300 click 1
sleep 1
import -window root "$out"
echo "$out: $(convert "$out" -format '%wx%h' info:)"
