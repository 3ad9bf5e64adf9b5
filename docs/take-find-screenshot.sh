#!/usr/bin/env bash
# Takes the README's screenshot of the Find window: runs the built jar on a fresh ledger in a private Xvfb display,
# finds a word several sample articles use, steps to the second match with F3 and saves a PNG.
# Needs: xvfb, xauth, imagemagick, xdotool (apt-get install -y ...), and `mvn -q package -DskipTests` first.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/find-window.png}
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
sleep 20
xdotool key ctrl+f
sleep 2
xdotool type --delay 40 "million"
xdotool key Return
sleep 2
xdotool key F3 F3
sleep 2
# No window manager runs in Xvfb: bring the Find window back above the main window by hand.
xdotool search --name "Find in the ledger" windowraise
sleep 1
import -window root "$out"
echo "$out: $(convert "$out" -format '%wx%h' info:)"
