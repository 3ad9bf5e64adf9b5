# Sourced by the docs/take-*.sh scripts: a fresh ledger, a settings folder with a reviewer already set (so the
# first-start question does not cover the window), and a private Xvfb display (1280x800, or $SCREEN such as 1920x1080). After sourcing, call
# open_claimdesk SECONDS to start the built jar on the ledger and wait; everything is removed on exit.
# Needs: xvfb, xauth, imagemagick, xdotool (apt-get install -y ...), and `mvn -q package -DskipTests` first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ledger=$(mktemp -d)
export XDG_CONFIG_HOME="$ledger/config"
mkdir -p "$XDG_CONFIG_HOME/claimdesk"
printf 'reviewer.name=Amina Rahimi\nreviewer.organisation=Kabul Fact Desk\n' > "$XDG_CONFIG_HOME/claimdesk/settings.properties"
app=""
xvfb=""
trap 'kill $app $xvfb 2>/dev/null; rm -rf "$ledger" ${extra_cleanup:-}' EXIT

open_claimdesk() {
  local display=:$((500 + RANDOM % 400))
  Xvfb "$display" -screen 0 ${SCREEN:-1280x800}x24 >/dev/null 2>&1 & xvfb=$!
  sleep 1
  export DISPLAY=$display
  java -jar target/claimdesk.jar --db "$ledger" >/dev/null 2>&1 & app=$!
  sleep "$1"
}

save_screen() {
  import -window root "$1"
  echo "$1: $(convert "$1" -format '%wx%h' info:)"
}
