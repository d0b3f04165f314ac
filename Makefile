# Las dos órdenes de siempre: `make run` abre el programa, `make test` corre todas las pruebas.
# Ambas crean .venv e instalan el proyecto la primera vez (o cuando cambia pyproject.toml).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALADO := $(VENV)/.instalado

.PHONY: run test bench capturas limpiar

$(INSTALADO): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Escritorio necesita Python 3.11 o posterior.")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[pruebas]'
	@touch $@

run: $(INSTALADO)
	@bash instalador/bibliotecas_pantalla.sh $(PY)
	$(PY) -m escritorio

test: $(INSTALADO)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(INSTALADO)
	QT_QPA_PLATFORM=offscreen $(PY) tests/rendimiento/ejecutar.py

capturas: $(INSTALADO)
	QT_QPA_PLATFORM=offscreen $(PY) -m escritorio.interfaz.capturas

limpiar:
	rm -rf $(VENV) build *.egg-info .pytest_cache
