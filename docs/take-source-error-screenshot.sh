#!/usr/bin/env bash
# Takes the README's screenshot of the Add-source dialog refusing an address without a scheme: runs the built jar
# on a fresh ledger in a private Xvfb display, tags a claim, opens Add source, types a title and "unhcr.org/iran",
# presses OK and saves a PNG. Coordinates are those of a 1280x800 window.
# Needs: xvfb, xauth, imagemagick, xdotool (apt-get install -y ...), and `mvn -q package -DskipTests` first.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/source-dialog-error.png}
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
# Select part of the first paragraph and tag it.
xdotool mousemove 268 271 sleep 0.3 mousedown 1 sleep 0.3 mousemove 420 271 sleep 0.3 mousemove 620 271 sleep 0.3 mouseup 1
sleep 0.5
xdotool key ctrl+t
sleep 2
xdotool mousemove 811 418 click 1
sleep 1.5
xdotool mousemove 1005 463 click 1
sleep 2
[ -n "${STEP_SHOT:-}" ] && import -window root "$STEP_SHOT"
xdotool mousemove 649 200 click 1
xdotool type --delay 30 "UNHCR operational data: returns from Iran"
xdotool mousemove 649 244 click 1
xdotool type --delay 30 "data.unhcr.org/iran"
xdotool mousemove 848 706 click 1
sleep 1.5
import -window root "$out"
echo "$out: $(convert "$out" -format '%wx%h' info:)"
