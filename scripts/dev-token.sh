#!/usr/bin/env bash
# Mints an HS256 bearer token for local use: scripts/dev-token.sh USER_ID [SECRET] [TTL_SECONDS]
# The default secret is the one of the "local" profile (app/src/main/resources/application-local.yaml).
set -euo pipefail
sub=${1:?usage: dev-token.sh USER_ID [SECRET] [TTL_SECONDS]}
secret=${2:-local-development-secret-not-for-production-use}
ttl=${3:-3600}
now=$(date +%s)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
payload=$(printf '{"sub":"%s","iat":%d,"exp":%d}' "$sub" "$now" "$((now + ttl))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$secret" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
