#!/usr/bin/env bash
# Deploys the Cloud Run function by hand, with the same settings as cloudbuild.yaml (whose
# substitution _NAME is CCA_NAME here). Override any of them from the environment, e.g.
#   CCA_REGION=europe-west1 CCA_MIN_INSTANCES=1 infra/gcloud/deploy.sh
# Needs: gcloud logged in (gcloud auth login), a project (gcloud config set project …, or CCA_PROJECT),
# and the Secret Manager secret CCA_SECRET (docs/deploy.md, "Google Cloud").
set -euo pipefail
cd "$(dirname "$0")/../.."

CCA_SERVICE="${CCA_SERVICE:-credit-card-analyzer}"
CCA_REGION="${CCA_REGION:-us-central1}"
CCA_MIN_INSTANCES="${CCA_MIN_INSTANCES:-0}"
CCA_MAX_INSTANCES="${CCA_MAX_INSTANCES:-10}"
CCA_MEMORY="${CCA_MEMORY:-1Gi}"
CCA_CPU="${CCA_CPU:-1}"
CCA_CONCURRENCY="${CCA_CONCURRENCY:-4}"
CCA_TIMEOUT="${CCA_TIMEOUT:-120s}"
CCA_SECRET="${CCA_SECRET:-openrouter-api-key}"
CCA_SECRET_VERSION="${CCA_SECRET_VERSION:-latest}"
CCA_API_KEYS_SECRET="${CCA_API_KEYS_SECRET:-}"
CCA_API_KEYS_SECRET_VERSION="${CCA_API_KEYS_SECRET_VERSION:-latest}"
CCA_SERVICE_ACCOUNT="${CCA_SERVICE_ACCOUNT:-}"
CCA_PROJECT="${CCA_PROJECT:-}"

secrets="OPENROUTER_API_KEY=${CCA_SECRET}:${CCA_SECRET_VERSION}"
if [ -n "$CCA_API_KEYS_SECRET" ]; then
  secrets="$secrets,API_KEYS=${CCA_API_KEYS_SECRET}:${CCA_API_KEYS_SECRET_VERSION}"
fi
optional=()
if [ -n "$CCA_SERVICE_ACCOUNT" ]; then optional+=(--service-account "$CCA_SERVICE_ACCOUNT"); fi
if [ -n "$CCA_PROJECT" ]; then optional+=(--project "$CCA_PROJECT"); fi

gcloud run deploy "$CCA_SERVICE" \
  --source . \
  --function analyze \
  --base-image nodejs24 \
  --region "$CCA_REGION" \
  --min-instances "$CCA_MIN_INSTANCES" \
  --max-instances "$CCA_MAX_INSTANCES" \
  --memory "$CCA_MEMORY" \
  --cpu "$CCA_CPU" \
  --concurrency "$CCA_CONCURRENCY" \
  --timeout "$CCA_TIMEOUT" \
  --env-vars-file infra/gcloud/env.yaml \
  --set-secrets "$secrets" \
  --no-allow-unauthenticated \
  --quiet \
  "${optional[@]}"
