# The two commands: `make run` (set up, then run the app's main job) and `make test` (set up, then the
# whole suite). Both start from a fresh clone; scripts/setup.sh is idempotent and quick the second time.
PY := .venv/bin/python
PYTEST_ARGS ?=

.PHONY: setup run demo test test-fast test-cpus lint bench package clean retrain check-models

setup:
	bash scripts/setup.sh

# The bundled sample visit through the whole pipeline (printed), then the app: a native window with a
# display, else the same UI served on 127.0.0.1 (the address is printed; Ctrl+C stops it).
run: setup
	$(PY) -m engine demo
	$(PY) -m engine app

# The whole pipeline once on the bundled sample visit, printed in the terminal (no display needed).
demo: setup
	$(PY) -m engine demo

test: setup
	$(PY) -m ruff check .
	@# pytest exits 5 when it collected nothing: a vanished suite must fail, not pass.
	$(PY) -m pytest $(PYTEST_ARGS); rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests" >&2; exit 1; fi; exit $$rc

test-fast: setup
	$(PY) -m pytest -m "not slow" $(PYTEST_ARGS)

# The tests that put speech through the recogniser, once per kernel set CTranslate2 can pick on this CPU
# (GENERIC, AVX2, AVX512), and with Intel MKL as on Intel CPUs: what tiny.en hears differs between them,
# and the suite must pass on all (docs/reliability.md, "Same audio, other CPUs").
test-cpus: setup
	@for isa in GENERIC AVX2 AVX512; do \
	  if [ $$isa = AVX512 ] && ! grep -qw avx512f /proc/cpuinfo; then continue; fi; \
	  if [ $$isa = AVX2 ] && ! grep -qw avx2 /proc/cpuinfo; then continue; fi; \
	  echo "== CT2_FORCE_CPU_ISA=$$isa"; \
	  CT2_FORCE_CPU_ISA=$$isa $(PY) -m pytest -m audio $(PYTEST_ARGS) || exit 1; \
	done; \
	echo "== CT2_USE_MKL=1 (Intel's GEMM backend)"; \
	CT2_USE_MKL=1 $(PY) -m pytest -m audio -k "quality or e2e" $(PYTEST_ARGS)

# The two models trained on the rules' own output on the dev visits (docs/extraction.md, "Learned steps"):
# after any change to a rule, retrain both (deterministic, about three minutes on 2 cores) and commit the
# artifacts with the change. tests/test_learned_extraction.py says in seconds when they are stale.
retrain: setup
	$(PY) scripts/train_dose_attachment.py
	$(PY) scripts/train_medication_status.py

# Every shipped learned artifact retrained from scratch and compared with the committed one (slow).
check-models: setup
	$(PY) scripts/train_dose_attachment.py --check
	$(PY) scripts/train_medication_status.py --check --no-cv
	$(PY) scripts/train_roles.py --check

lint: setup
	$(PY) -m ruff check . && $(PY) -m ruff format --check .

bench: setup
	$(PY) -m engine bench transcribe engine/demo_data/sample-visit.ogg

# The PyInstaller bundle and the .deb, both signed (build/dist/); see docs/it-admin.md.
package: setup
	bash packaging/build.sh

clean:
	rm -rf .venv .pytest_cache .ruff_cache build dist *.egg-info
