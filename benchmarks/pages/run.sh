#!/usr/bin/env bash
# Page timing benchmark: the fat jar on a fresh embedded H2 with the demo data, signed in through the sign-in
# form (JWT cookie; the cross-site guard lets a client without browser headers through), then each page of the journeys fetched ten times with curl.
# Prints the slowest of the ten per page. Goal (issue 5): no page over one second on the demo data.
#   usage: benchmarks/pages/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
. benchmarks/start-kinerja.sh
start_kinerja pages 18093

jar_cookies="$work/cookies.txt"
curl -s -b "$jar_cookies" -c "$jar_cookies" -o /dev/null -X POST "$base/login" \
    --data-urlencode username=admin --data-urlencode password=benchmark-admin-password
bearer=$(curl -s -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"benchmark-admin-password"}' | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
decree=$(curl -s "$base/api/v1/decrees" -H "Authorization: Bearer $bearer" | sed -n 's/.*"id":"\([^"]*\)".*"number":"017.1\/RO-UM\/2024".*/\1/p' | head -1)
[ -n "$decree" ] || decree=$(curl -s "$base/api/v1/decrees" -H "Authorization: Bearer $bearer" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
indicator=$(curl -s "$base/api/v1/decrees/$decree/annex" -H "Authorization: Bearer $bearer" | grep -o '"indicatorId":"[^"]*"' | head -1 | cut -d'"' -f4)

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; Kinerja on embedded H2 with the demo data."
echo
echo "| page | slowest of 10 (ms) |"
echo "|---|---|"
for page in / /masuk /beranda /unit /keputusan "/keputusan/$decree" "/indikator/$indicator" /jejak-audit; do
  slowest=0
  for _ in $(seq 1 10); do
    answer=$(curl -s -b "$jar_cookies" -o /dev/null -w '%{http_code} %{time_total}' "$base$page")
    code=${answer%% *}
    seconds=${answer#* }
    [ "$code" = 200 ] || { echo "$page answered $code, not the page" >&2; exit 1; }
    ms=$(awk -v s="$seconds" 'BEGIN {printf "%d", s * 1000}')
    if [ "$ms" -gt "$slowest" ]; then slowest=$ms; fi
  done
  echo "| \`$page\` | $slowest |"
done
