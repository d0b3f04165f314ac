"""La comparación de las cifras de `make bench` con las aceptadas (tests/rendimiento/cifras.py), sin correr ningún
banco: +25 % es una regresión (en rojo en el resumen), +15 % no; una cifra sin aceptada es nueva; sin archivo de
aceptadas todo es nuevo; «más es mejor» se lee al revés; aceptar reemplaza solo los bancos que corrieron; y
ejecutar.py termina con estado 1 ante una regresión."""

import json
import subprocess
import sys
from pathlib import Path

RENDIMIENTO = Path(__file__).resolve().parents[1] / "rendimiento"
sys.path.insert(0, str(RENDIMIENTO))

import cifras  # noqa: E402
from cifras import Cifra  # noqa: E402


def _aceptadas(tmp_path, bancos: dict) -> Path:
    ruta = tmp_path / "cifras_aceptadas.json"
    ruta.write_text(json.dumps({"bancos": bancos}), encoding="utf-8")
    return ruta


def _un_cambio(valor: float, aceptada: float, menor_es_mejor: bool = True) -> cifras.Cambio:
    aceptadas = {"bench_x": {"emisión": {"valor": aceptada, "unidad": "s", "menor_es_mejor": menor_es_mejor}}}
    [cambio] = cifras.comparar([Cifra("bench_x", "emisión", valor, "s", menor_es_mejor)], aceptadas)
    return cambio


def test_un_25_por_ciento_peor_es_una_regresion_y_sale_en_rojo():
    cambio = _un_cambio(1.25, 1.0)
    assert cambio.estado == "regresión"
    assert round(cambio.cambio, 2) == 0.25
    texto = cifras.resumen([cambio])
    assert f"{cifras.ROJO}REGRESIÓN bench_x · emisión: 1.25 s (aceptada 1 s, +25%){cifras.NORMAL}" in texto
    assert "1 regresión (empeoran más del 20%)" in texto
    assert cifras.hay_regresion([cambio])


def test_un_15_por_ciento_peor_no_lo_es():
    cambio = _un_cambio(1.15, 1.0)
    assert cambio.estado == "igual"
    assert not cifras.hay_regresion([cambio])
    texto = cifras.resumen([cambio], color=False)
    assert "bench_x · emisión: 1.15 s (aceptada 1 s, +15%)" in texto
    assert "Ninguna cifra empeoró más del 20%." in texto and "\033[" not in texto


def test_mas_es_mejor_se_lee_al_reves():
    # órdenes por minuto: 25 % menos es una regresión; 15 % menos, no
    assert _un_cambio(225, 300, menor_es_mejor=False).estado == "regresión"
    assert _un_cambio(255, 300, menor_es_mejor=False).estado == "igual"
    assert _un_cambio(400, 300, menor_es_mejor=False).estado == "mejor"
    assert _un_cambio(0.5, 1.0).estado == "mejor"


def test_una_cifra_sin_aceptada_es_nueva(tmp_path):
    ruta = _aceptadas(tmp_path, {"bench_x": {"emisión": {"valor": 1.0, "unidad": "s", "menor_es_mejor": True}}})
    [cambio] = cifras.comparar([Cifra("bench_x", "morosidad", 0.9, "s")], cifras.leer_aceptadas(ruta))
    assert cambio.estado == "nueva" and cambio.cambio is None
    texto = cifras.resumen([cambio], color=False)
    assert "bench_x · morosidad: 0.9 s (nueva: sin cifra aceptada)" in texto
    assert "1 cifra nueva, sin cifra aceptada: acéptelas con «make bench-aceptar»." in texto


def test_sin_archivo_de_aceptadas_todo_es_nuevo(tmp_path):
    aceptadas = cifras.leer_aceptadas(tmp_path / "no-existe.json")
    assert aceptadas == {}
    cambios = cifras.comparar([Cifra("bench_x", "emisión", 1.0, "s"), Cifra("bench_y", "pico", 300, "MB")],
                              aceptadas)
    assert [c.estado for c in cambios] == ["nueva", "nueva"]
    assert not cifras.hay_regresion(cambios)


def test_aceptar_reemplaza_solo_los_bancos_que_corrieron(tmp_path):
    ruta = _aceptadas(tmp_path, {
        "bench_x": {"emisión": {"valor": 1.0, "unidad": "s", "menor_es_mejor": True},
                    "ya no se mide": {"valor": 3.0, "unidad": "s", "menor_es_mejor": True}},
        "bench_y": {"pico": {"valor": 300, "unidad": "MB", "menor_es_mejor": True}}})
    cifras.aceptar([Cifra("bench_x", "emisión", 1.3, "s")], ruta)
    releidas = cifras.leer_aceptadas(ruta)
    assert releidas == {"bench_x": {"emisión": {"valor": 1.3, "unidad": "s", "menor_es_mejor": True}},
                        "bench_y": {"pico": {"valor": 300, "unidad": "MB", "menor_es_mejor": True}}}
    # y sin archivo, lo crea
    nueva = tmp_path / "otra.json"
    cifras.aceptar([Cifra("bench_x", "emisión", 1.3, "s")], nueva)
    assert cifras.comparar([Cifra("bench_x", "emisión", 1.3, "s")], cifras.leer_aceptadas(nueva))[0].estado == "igual"


def test_las_aceptadas_del_repositorio_se_leen():
    """El archivo en git es JSON válido con el formato que lee `comparar` (si ya existe)."""
    for banco, propias in cifras.leer_aceptadas().items():
        assert banco.startswith("bench_")
        for nombre, cifra in propias.items():
            assert isinstance(cifra["valor"], (int, float)) and cifra["unidad"] is not None, (banco, nombre)
            assert isinstance(cifra["menor_es_mejor"], bool)


def test_ejecutar_termina_con_estado_1_ante_una_regresion(tmp_path):
    """ejecutar.py de verdad, como proceso, con un banco de mentira que informa una cifra un 25 % peor que la
    aceptada (en una copia de la carpeta: ni el banco ni el archivo de aceptadas tocan el repositorio)."""
    carpeta = tmp_path / "rendimiento"
    carpeta.mkdir()
    for nombre in ("cifras.py", "comun.py", "ejecutar.py"):
        (carpeta / nombre).write_text((RENDIMIENTO / nombre).read_text(encoding="utf-8"), encoding="utf-8")
    texto = (carpeta / "ejecutar.py").read_text(encoding="utf-8")
    (carpeta / "ejecutar.py").write_text(texto.replace('    "bench_arranque",\n', '    "bench_arranque",\n'
                                                       '    "bench_prueba",\n'), encoding="utf-8")
    (carpeta / "bench_prueba.py").write_text(
        "from comun import objetivo\n\n\ndef main():\n    return objetivo('espera', 1.25, 10, 's')\n",
        encoding="utf-8")
    (carpeta / "cifras_aceptadas.json").write_text(json.dumps(
        {"bancos": {"bench_prueba": {"espera": {"valor": 1.0, "unidad": "s", "menor_es_mejor": True}}}}),
        encoding="utf-8")

    def correr(*argumentos):
        return subprocess.run([sys.executable, str(carpeta / "ejecutar.py"), "bench_prueba", *argumentos],
                              capture_output=True, text=True, cwd=tmp_path, env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin"})

    resultado = correr()
    assert resultado.returncode == 1, resultado.stdout + resultado.stderr
    assert "REGRESIÓN bench_prueba · espera: 1.25 s (aceptada 1 s, +25%)" in resultado.stdout
    # aceptar la corrida reescribe el archivo; la siguiente ya no es una regresión
    assert correr("--aceptar").returncode == 0
    assert json.loads((carpeta / "cifras_aceptadas.json").read_text())["bancos"]["bench_prueba"]["espera"]["valor"] == 1.25
    otra = correr()
    assert otra.returncode == 0 and "bench_prueba · espera: 1.25 s (aceptada 1.25 s, +0%)" in otra.stdout
    # un banco que no existe: el error dice cuáles hay
    mal = correr("bench_nada")
    assert mal.returncode == 2 and "no hay banco bench_nada" in mal.stderr
