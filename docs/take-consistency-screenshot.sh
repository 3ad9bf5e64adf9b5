#!/usr/bin/env bash
# Takes the README's screenshot of the Consistency tab: runs the built jar on a fresh ledger in a private Xvfb
# display, opens the Consistency tab, selects the first finding with the keyboard and saves a PNG.
# Needs: xvfb, xauth, imagemagick, xdotool (apt-get install -y ...), and `mvn -q package -DskipTests` first.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/consistency.png}
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
# The Consistency tab's header, as laid out in a 1280x800 window; then into the findings table.
xdotool mousemove 949 104 click 1
sleep 1.5
xdotool mousemove 1010 "${ROW_Y:-262}" click 1
sleep 0.5
xdotool key Down
sleep 1.5
import -window root "$out"
echo "$out: $(convert "$out" -format '%wx%h' info:)"
