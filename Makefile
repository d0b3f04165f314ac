# Las dos órdenes de siempre: `make run` abre el programa, `make test` corre todas las pruebas.
# Ambas crean .venv e instalan el proyecto la primera vez (o cuando cambia pyproject.toml o el bloqueo).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALADO := $(VENV)/.instalado
# Las versiones exactas de todo lo que se instala, directo y transitivo (requisitos/bloquear.py dice cómo se arma).
# Se instala primero el motor de construcción fijado (setuptools) y después el proyecto sin aislarlo, para que
# también él salga del bloqueo.
BLOQUEO := requisitos/bloqueo.txt
INSTALAR := $(PY) -m pip install --quiet --disable-pip-version-check -c $(BLOQUEO)

.PHONY: run test rapido fuzz bench bench-aceptar capturas limpiar instalador traducciones manual referencia-cli documentacion bloquear

$(INSTALADO): pyproject.toml $(BLOQUEO)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Escritorio necesita Python 3.11 o posterior.")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(INSTALAR) setuptools
	$(INSTALAR) --no-build-isolation -e '.[pruebas]'
	@# Como pip al instalar un paquete (no lo hace con uno editable): el código compilado, una vez (unos 2 s), y no
	@# en cada proceso de pytest-xdist a la vez en la primera corrida, ni al abrir el programa por primera vez.
	env -u PYTHONDONTWRITEBYTECODE $(PY) -m compileall -q escritorio tests
	@touch $@

# Las pruebas, listas para correr una vez instaladas: pytest reescribe las aserciones de cada módulo de pruebas y
# guarda el resultado (__pycache__/*-pytest-*.pyc), y la guardia de la complejidad guarda lo que mide radon de cada
# archivo (build/cache/complejidad.json). Sin esto, la primera corrida de un clon hace las dos cosas en cada proceso
# de pytest-xdist a la vez (unos 8 y 5 s de CPU más en `make rapido`); así, una vez y en un solo proceso (unos 18 s,
# la primera vez que se prueba en el clon). Después cada una rehace solo lo que cambió.
PRUEBAS_LISTAS := $(VENV)/.pruebas_listas
$(PRUEBAS_LISTAS): $(INSTALADO)
	@echo "Preparando las pruebas (una vez)…"
	@env -u PYTHONDONTWRITEBYTECODE QT_QPA_PLATFORM=offscreen $(PY) -m pytest --collect-only -qq -n 0 -p no:randomly \
		tests > $(VENV)/pruebas_listas.log 2>&1 || { tail -n 40 $(VENV)/pruebas_listas.log; \
		echo "No se pudieron juntar las pruebas: el detalle, arriba y en $(VENV)/pruebas_listas.log."; exit 1; }
	@$(PY) -c 'import sys; sys.path.insert(0, "tests"); import test_complejidad; test_complejidad.complejidades()'
	@touch $@

# Rehace el bloqueo después de cambiar una versión en pyproject.toml (CONTRIBUTING.md, «Preparar»): instala todo en
# un entorno nuevo (build/bloqueo/) con lo más nuevo que admite pyproject.toml y anota cada versión, con las que
# solo usan Windows o macOS. Con Python 3.11, el del instalador: `make bloquear PYTHON=python3.11`.
bloquear:
	$(PYTHON) requisitos/bloquear.py

run: $(INSTALADO)
	@bash instalador/bibliotecas_pantalla.sh $(PY)
	$(PY) -m escritorio

# Con el código compilado guardado (__pycache__, también el de las pruebas que reescribe pytest) aunque el entorno
# tenga PYTHONDONTWRITEBYTECODE: si no, cada proceso de pytest-xdist vuelve a compilar todo al juntar las pruebas
# (unos 20 s de CPU cada uno) y cada proceso de la CLI que lanzan las pruebas, el programa.
test: $(PRUEBAS_LISTAS)
	@bash tests/preparar_postgresql.sh
	@bash tests/instalador/preparar_actionlint.sh
	env -u PYTHONDONTWRITEBYTECODE QT_QPA_PLATFORM=offscreen $(PY) tests/corrida_medida.py "make test" 300 0 -- \
		-n auto --dist worksteal --durations=10

# La vuelta de todos los días (la meta: menos de un minuto y de 100 s de CPU en dos núcleos; lo medido se dice al
# final): el dominio, los servicios sobre SQLite y las pruebas
# de las capas, sin nada que lance un proceso, abra un navegador o arranque el servidor PostgreSQL (las marcas de costo,
# tests/marcas_de_costo.py). ESCRITORIO_PRUEBAS_SIN_PROCESOS hace fallar la prueba sin marca que lance uno igual.
# No reemplaza a `make test`, que corre todo.
CAPAS := tests/test_capas.py tests/test_formato_en_un_lugar.py tests/datos/test_sql_solo_en_datos.py \
	tests/test_complejidad.py tests/test_codigo_muerto.py tests/test_largo_de_los_archivos.py
rapido: $(PRUEBAS_LISTAS)
	env -u PYTHONDONTWRITEBYTECODE QT_QPA_PLATFORM=offscreen ESCRITORIO_PRUEBAS_SIN_PROCESOS=1 \
		$(PY) tests/corrida_medida.py "make rapido" 60 100 -- -n auto --dist worksteal \
		-m "not (lento or proceso or navegador)" tests/dominio tests/servicios $(CAPAS)

# El fuzzer de entrada hostil (tests/hostil) con muchos más ejemplos que en `make test` (que corre unos
# pocos): ESCRITORIO_FUZZ_EJEMPLOS por orden de la CLI y por prueba de importación. Al final dice cuántos
# casos probó. Más: `make fuzz EJEMPLOS=200`.
EJEMPLOS ?= 40
fuzz: $(INSTALADO)
	ESCRITORIO_FUZZ_EJEMPLOS=$(EJEMPLOS) QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/hostil -p no:cacheprovider

bench: $(INSTALADO)
	bash tests/preparar_postgresql.sh
	QT_QPA_PLATFORM=offscreen $(PY) tests/rendimiento/ejecutar.py

# Corre los bancos y escribe sus cifras como las aceptadas (tests/rendimiento/cifras_aceptadas.json, en git): las que
# compara `make bench`. Un banco solo: `$(PY) tests/rendimiento/ejecutar.py bench_cuotas --aceptar`.
bench-aceptar: $(INSTALADO)
	bash tests/preparar_postgresql.sh
	QT_QPA_PLATFORM=offscreen $(PY) tests/rendimiento/ejecutar.py --aceptar

capturas: $(INSTALADO)
	QT_QPA_PLATFORM=offscreen $(PY) instalador/capturas.py

# Los catálogos de idiomas (recursos/traducciones): junta los textos del código en los .ts (lo ya traducido queda;
# lo nuevo, «unfinished») y compila los .qm que carga la ventana. Se corre al cambiar textos; los .qm van en git.
traducciones: $(INSTALADO)
	$(PY) -m escritorio.idiomas.extraer
	for ts in recursos/traducciones/*.ts; do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

# La documentación generada (docs/README.md dice qué se escribe a mano y qué se genera). `make manual` arma el manual de la
# aplicación (recursos/manual/manual.html y pt_BR/manual.html) desde la guía en Markdown (docs/guia/es, docs/guia/pt_BR);
# `make referencia-cli` escribe docs/cli.md desde el analizador de la línea de órdenes. Los generados van en git:
# tests/documentacion falla si no son los que salen de sus fuentes.
manual: $(INSTALADO)
	$(PY) docs/herramientas/generar_manual.py

referencia-cli: $(INSTALADO)
	$(PY) docs/herramientas/referencia_cli.py

documentacion: manual referencia-cli

# El programa empaquetado en una carpeta (dist/Escritorio/) con PyInstaller, para esta plataforma.
# En Windows se hace a mano (instalador/LEEME.md) y luego se compila instalador/escritorio.iss.
instalador: $(INSTALADO)
	$(INSTALAR) --no-build-isolation -e '.[pruebas,instalador]'
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller instalador/escritorio.spec
	@echo
	@echo "Listo: dist/Escritorio/ ($$(du -sh dist/Escritorio | cut -f1)). Ejecutable: dist/Escritorio/Escritorio"
	@echo "Modo portátil: copie la carpeta y cree dist/Escritorio/escritorio-portable.txt junto al ejecutable."

limpiar:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
