"""Los textos de la secretaría para la memoria anual (issue 47, §2): la introducción y las secciones propias, por año,
con su bitácora; y la memoria de una asociación recién creada, donde cada sección dice que no hubo nada en lugar de
quedar en blanco. En los dos motores."""

import json

import pytest

from escritorio.dominio.memoria import Cifras, Parrafo, Tabla, TextoLibre
from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.memoria.anual import armar_memoria
from escritorio.servicios.memoria.secciones import CLAVES
from escritorio.servicios.memoria.textos import (agregar_seccion, anios_con_textos, editar_seccion, fijar_introduccion,
                                                 leer_texto, mover_seccion, quitar_seccion, seccion_de,
                                                 textos_de_la_memoria)

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores


@pytest.fixture
def red(db, asociacion_id) -> Contexto:
    return Contexto(db, asociacion_id)


def _bitacora(db, entidad: str) -> list[tuple[str, object]]:
    return [(accion, json.loads(datos)) for accion, datos in db.execute(
        "SELECT accion, datos FROM bitacora WHERE entidad = ? ORDER BY id", [entidad]).fetchall()]


def test_la_introduccion_se_guarda_por_anio_y_la_bitacora_guarda_cada_version(red, db):
    assert textos_de_la_memoria(red, 2025).introduccion is None
    assert fijar_introduccion(red, 2025, "  Un año de consolidación.\n\nLa Cumbre marcó el rumbo.  ") == \
        "Un año de consolidación.\n\nLa Cumbre marcó el rumbo."
    fijar_introduccion(red, "2024", "Otro año.")
    assert textos_de_la_memoria(red, 2025).introduccion == "Un año de consolidación.\n\nLa Cumbre marcó el rumbo."
    assert textos_de_la_memoria(red, 2024).introduccion == "Otro año."
    fijar_introduccion(red, 2025, "Versión corregida.")
    assert fijar_introduccion(red, 2024, "   ") is None   # un texto vacío la quita
    assert textos_de_la_memoria(red, 2024).introduccion is None
    assert anios_con_textos(red) == [2025]
    cambios = [d for accion, d in _bitacora(db, "memorias") if accion == "cambio"]
    assert [c["antes"][3] for c in cambios] == [None, None, "Un año de consolidación.\n\nLa Cumbre marcó el rumbo.",
                                                "Otro año."]
    with pytest.raises(ErrorValidacion, match="Año"):
        fijar_introduccion(red, "dos mil", "x")
    with pytest.raises(ErrorValidacion) as control:
        fijar_introduccion(red, 2025, "Hola\x07")
    assert set(control.value.campos) == {"introduccion"}


def test_las_secciones_propias_van_donde_se_pide_y_se_corrigen_mueven_y_quitan(red, db):
    hitos = agregar_seccion(red, 2025, "Hitos del año", "Se celebró la Cumbre.", "miembros")
    agradecimientos = agregar_seccion(red, 2025, "Agradecimientos", "A las ciudades de la red.")
    prensa = agregar_seccion(red, 2025, "Prensa", "Notas publicadas: 12.", "sesiones")
    assert [s["titulo"] for s in textos_de_la_memoria(red, 2025).secciones] == ["Hitos del año", "Agradecimientos",
                                                                              "Prensa"]
    memoria = armar_memoria(red, 2025)
    claves = [s.clave for s in memoria.secciones]
    assert claves == ["miembros", f"propia:{hitos}", "sesiones", f"propia:{prensa}", "resoluciones", "autoridades",
                      "unidades", "cuotas", "convenios", "indicadores", f"propia:{agradecimientos}"]
    assert memoria.secciones[1].bloques == [TextoLibre("Se celebró la Cumbre.")]

    editar_seccion(red, hitos, "Hitos de 2025", "Se celebró la XXXI Cumbre.", None)   # ahora al final
    assert (seccion_de(red, hitos)["titulo"], seccion_de(red, hitos)["despues_de"]) == ("Hitos de 2025", None)
    mover_seccion(red, prensa, -1)
    assert [s["titulo"] for s in textos_de_la_memoria(red, 2025).secciones] == ["Hitos de 2025", "Prensa",
                                                                              "Agradecimientos"]
    with pytest.raises(ErrorEscritorio, match="ya es la primera"):
        mover_seccion(red, hitos, -1)
    quitada = quitar_seccion(red, agradecimientos)
    assert quitada["texto"] == "A las ciudades de la red."
    assert [s["id"] for s in textos_de_la_memoria(red, 2025).secciones] == [hitos, prensa]
    # La bitácora guarda lo que decía la sección quitada.
    [(_, borrada)] = [(a, d) for a, d in _bitacora(db, "secciones_memoria") if a == "borrado"]
    assert "A las ciudades de la red." in borrada
    with pytest.raises(ErrorEscritorio, match="No existe la sección"):
        quitar_seccion(red, agradecimientos)


def test_lo_que_no_se_guarda_dice_su_campo(red, db):
    with pytest.raises(ErrorValidacion) as sin_titulo:
        agregar_seccion(red, 2025, "  ", "Texto")
    assert set(sin_titulo.value.campos) == {"titulo"}
    with pytest.raises(ErrorValidacion) as lugar:
        agregar_seccion(red, 2025, "Título", "Texto", "convenios-que-no-existen")
    assert set(lugar.value.campos) == {"despues_de"} and all(c in str(lugar.value) for c in CLAVES)
    with pytest.raises(ErrorValidacion) as sin_texto:
        agregar_seccion(red, 2025, "Título", "")
    assert set(sin_texto.value.campos) == {"texto"}
    assert db.execute("SELECT count(*) FROM secciones_memoria").fetchone()[0] == 0


def test_la_seccion_de_otra_asociacion_no_se_toca(red, db):
    otra = Contexto(db, crear_asociacion(db, NuevaAsociacion("Otra Red", "OTR", paises={"UY": "pleno"})))
    ajena = agregar_seccion(otra, 2025, "De la otra red", "Texto.")
    for accion in (lambda: seccion_de(red, ajena), lambda: quitar_seccion(red, ajena),
                   lambda: editar_seccion(red, ajena, "x", "y", None), lambda: mover_seccion(red, ajena, 1)):
        with pytest.raises(ErrorEscritorio, match="No existe la sección"):
            accion()
    assert textos_de_la_memoria(otra, 2025).secciones[0]["titulo"] == "De la otra red"


def test_la_memoria_de_una_red_nueva_dice_que_no_hubo_nada(red):
    """Ninguna sección en blanco: una tabla sin filas dice «Sin … en 2025.» y cada sección tiene sus cifras."""
    memoria = armar_memoria(red, 2025)
    for seccion in memoria.secciones:
        assert seccion.bloques, seccion.clave
        for bloque in seccion.bloques:
            if isinstance(bloque, Tabla) and not bloque.filas:
                assert bloque.vacio.strip() and bloque.total is None, (seccion.clave, bloque.titulo)
    vacios = {b.vacio for s in memoria.secciones for b in s.bloques if isinstance(b, Tabla) and not b.filas}
    assert {"Sin miembros admitidos en 2025.", "Sin bajas en 2025.", "Ningún órgano celebró sesiones en 2025.",
            "Sin resoluciones ni declaraciones adoptadas en 2025.", "Sin elecciones en 2025.",
            "Sin pagos recibidos en 2025.", "Sin cuotas anuales emitidas para 2025."} <= vacios
    parrafos = [b.texto for s in memoria.secciones for b in s.bloques if isinstance(b, Parrafo)]
    assert "La asociación no tiene unidades temáticas." in parrafos
    assert any(t.startswith("Sin escala de cuota anual vigente al 31/12/2025") for t in parrafos)
    assert all(any(isinstance(b, Cifras) for b in s.bloques) for s in memoria.secciones if s.clave != "unidades")


def test_leer_el_texto_de_un_archivo(tmp_path):
    utf8 = tmp_path / "intro.txt"
    utf8.write_bytes("\ufeffAño de la Cumbre.\n".encode("utf-8"))
    assert leer_texto(utf8, "la introducción") == "Año de la Cumbre.\n"
    latin = tmp_path / "viejo.txt"
    latin.write_bytes("Año de la Cumbre.".encode("latin-1"))
    assert leer_texto(latin, "la introducción") == "Año de la Cumbre."
    binario = tmp_path / "foto.txt"
    binario.write_bytes(b"\x89PNG\x00\x00\xff\xfe")
    with pytest.raises(ErrorValidacion, match="no es un archivo de texto"):
        leer_texto(binario, "la introducción")
    with pytest.raises(ErrorValidacion, match="No se pudo leer"):
        leer_texto(tmp_path / "no-existe.txt", "la introducción")
    with pytest.raises(ErrorValidacion, match="es una carpeta"):
        leer_texto(tmp_path, "la introducción")
