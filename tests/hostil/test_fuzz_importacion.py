"""Fuzzer de la importación del padrón: planillas .csv y .xlsx generadas con celdas hostiles, codificaciones
mezcladas, bytes al azar, zips rotos y XML roto dentro del .xlsx, importadas con «miembros importar».

Propiedad: o se importa (estado 0) y lo guardado no tiene nada raro (caracteres de control, bidi, bytes que
no son texto, mojibake «Ã­» que no estaba en el archivo, textos enormes, números negativos), o estado 1 con un
mensaje en castellano que nombra el archivo, sin disculpa ni inglés, y la base igual que antes. Siempre la
base pasa `verificar`.
"""

import sqlite3
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import estrategias as e
from arnes import (CASOS, PERFIL, carpeta_de_caso, comprobar_caso, correr_cli, lo_guardado_no_tiene_nada_raro,
                   problemas_del_mensaje)

ENCABEZADOS = ["Nombre", "País", "Población"]
OPCIONALES = ["Región", "Código", "Año de la población", "Fuente", "Tipo", "Fecha de ingreso", "Autoridad",
              "Cargo", "Correo", "Teléfono", "Latitud", "Longitud", "Coordenadas", "Lat", "Lng"]
CODIFICACIONES = ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "mezcla"]


@st.composite
def planilla(draw, existentes):
    """(formato, encabezados, filas, codificación, separador, byte suelto)."""
    extra = draw(st.lists(st.sampled_from(OPCIONALES), max_size=3, unique=True))
    encabezados = draw(st.one_of(
        st.just(ENCABEZADOS + extra),
        st.lists(st.one_of(st.sampled_from(ENCABEZADOS + OPCIONALES), e.texto_hostil(nul=True)), max_size=5),
    ))
    conocida = st.sampled_from(existentes).map(lambda m: [m[0], m[1], str(m[2])])
    fila = st.one_of(
        conocida,  # un miembro que ya está: se actualiza (o no cambia)
        conocida.flatmap(lambda m: st.tuples(e.celda_hostil(), st.integers(0, 2)).map(
            lambda c: [c[0] if i == c[1] else v for i, v in enumerate(m)])),
        st.lists(e.celda_hostil(), min_size=0, max_size=len(encabezados) + 2),
    )
    filas = draw(st.lists(fila, max_size=4))
    formato = draw(st.sampled_from(["csv", "csv", "xlsx", "xlsx_xml_roto", "zip_roto", "bytes"]))
    codificacion = draw(st.sampled_from(CODIFICACIONES))
    separador = draw(st.sampled_from([";", ",", "\t", "|"]))
    suelto = draw(st.one_of(st.none(), st.tuples(st.integers(0, 10_000), st.binary(min_size=1, max_size=3))))
    azar = draw(st.binary(max_size=200)) if formato == "bytes" else b""
    return formato, encabezados, filas, codificacion, separador, suelto, azar


def _celda_csv(valor) -> str:
    texto = "" if valor is None else str(valor)
    if any(c in texto for c in ";,\t|\"\r\n"):
        texto = '"' + texto.replace('"', '""') + '"'
    return texto


def escribir(plan, carpeta):
    """El archivo del plan en disco; devuelve su ruta."""
    formato, encabezados, filas, codificacion, separador, suelto, azar = plan
    if formato == "bytes":
        ruta = carpeta / "padron.csv"
        ruta.write_bytes(azar)
        return ruta
    if formato == "zip_roto":
        ruta = carpeta / "padron.xlsx"
        e.escribir_zip_roto(ruta)
        return ruta
    if formato == "xlsx_xml_roto":
        ruta = carpeta / "padron.xlsx"
        e.escribir_xlsx_xml_roto(ruta, [tuple("" if c is None else c for c in f[:3]) for f in filas if f] or
                                 [("Rosario", "AR", "1000")])
        return ruta
    if formato == "xlsx":
        ruta = carpeta / "padron.xlsx"
        e.escribir_xlsx_crudo(ruta, filas, encabezados)
        return ruta
    ruta = carpeta / "padron.csv"
    lineas = [separador.join(_celda_csv(c) for c in fila) for fila in [encabezados, *filas]]
    if codificacion == "mezcla":  # como un archivo armado pegando partes: UTF-8 y una fila en Windows-1252
        datos = b"\r\n".join(l.encode("utf-8" if i % 2 == 0 else "cp1252", "surrogateescape" if i % 2 == 0
                                      else "replace") for i, l in enumerate(lineas))
    elif codificacion.startswith("utf-8"):
        datos = "\r\n".join(lineas).encode(codificacion, "surrogateescape")
    else:
        datos = "\r\n".join(lineas).encode(codificacion, "replace")
    if suelto is not None:  # un byte suelto en algún lugar (un carácter de otra codificación pegado)
        posicion = suelto[0] % (len(datos) + 1)
        datos = datos[:posicion] + suelto[1] + datos[posicion:]
    ruta.write_bytes(datos)
    return ruta


def _ultimo_de_bitacora(ruta_db) -> int:
    conexion = sqlite3.connect(f"file:{ruta_db}?mode=ro", uri=True)
    try:
        return conexion.execute("SELECT coalesce(max(id), 0) FROM bitacora").fetchone()[0]
    finally:
        conexion.close()


def test_importar_planillas_hostiles(demo):
    @PERFIL
    @given(plan=planilla(demo.ids["miembros_datos"]), simular=st.booleans())
    def propiedad(plan, simular):
        CASOS["importacion"] += 1
        with carpeta_de_caso(demo) as carpeta:
            base = carpeta / "red.db"
            archivo = escribir(plan, carpeta)
            ultimo = _ultimo_de_bitacora(base)
            argv = ["--db", str(base), "miembros", "importar", str(archivo)] + (["--simular"] if simular else [])
            resultado = correr_cli(argv, carpeta)
            valores = [str(c) for fila in plan[2] for c in fila if c is not None] + [str(c) for c in plan[1]]
            comprobar_caso(demo, base, resultado, valores + argv, estados=(0, 1))
            if resultado.estado == 1:
                assert archivo.name in resultado.errores, f"el mensaje no nombra el archivo\n{resultado}"
            else:
                raros = lo_guardado_no_tiene_nada_raro(base, ultimo, archivo.read_bytes())
                assert not raros, "\n".join(raros) + f"\n{resultado}"

    propiedad()


def test_utf8_con_un_byte_latin1_nunca_crea_mojibake(demo):
    """El caso del issue: un UTF-8 con un byte Windows-1252 suelto. Nunca se crea «BahÃ­a Blanca»: o se
    actualiza el miembro existente, o se rechaza nombrando la fila del byte raro."""
    con_tilde = [m for m in demo.ids["miembros_datos"] if any(c in m[0] for c in "áéíóúñãõç")][:20]

    @PERFIL
    @given(elegidos=st.lists(st.sampled_from(con_tilde), min_size=1, max_size=4, unique=True),
           donde=st.integers(0, 3), byte=st.sampled_from([b"\xe9", b"\xed", b"\xf1", b"\x92", b"\xe3"]))
    def propiedad(elegidos, donde, byte):
        CASOS["importacion"] += 1
        with carpeta_de_caso(demo) as carpeta:
            base = carpeta / "red.db"
            lineas = [";".join(ENCABEZADOS).encode()] + [f"{n};{p};{h}".encode() for n, p, h in elegidos]
            fila = 1 + donde % len(elegidos)
            lineas[fila] = lineas[fila].replace(b";", byte + b";", 1)  # un carácter de otra codificación pegado al nombre
            archivo = carpeta / "padron.csv"
            archivo.write_bytes(b"\r\n".join(lineas) + b"\r\n")
            ultimo = _ultimo_de_bitacora(base)
            resultado = correr_cli(["--db", str(base), "miembros", "importar", str(archivo)], carpeta)
            assert not problemas_del_mensaje(resultado.estado, resultado.salida, resultado.errores, [],
                                             estados=(0, 1)), str(resultado)
            if resultado.estado == 1:
                assert "padron.csv" in resultado.errores and f"fila {fila + 1}" in resultado.errores.lower(), \
                    f"el mensaje no dice el archivo y la fila {fila + 1} del byte raro\n{resultado}"
                comprobar_caso(demo, base, resultado, [])
            else:
                raros = lo_guardado_no_tiene_nada_raro(base, ultimo, b"")
                assert not raros, "\n".join(raros) + f"\n{resultado}"

    propiedad()


# --- el extracto bancario («pagos importar»): el mismo lector, con las reglas de los bancos ----------------------

def _extracto_en_disco(plan, carpeta) -> str:
    """La ruta del extracto del plan (e.plan_extracto), escrito en `carpeta`."""
    tipo, *resto = plan
    destino = carpeta / "extracto.csv"
    if tipo in ("extracto_csv", "extracto_xlsx"):
        return str(e.escribir_extracto(destino, tipo == "extracto_xlsx", *resto))
    if tipo == "bytes":
        destino = destino.with_suffix(resto[0])
        destino.write_bytes(resto[1])
    elif tipo == "zip_roto":
        destino = destino.with_suffix(".xlsx")
        e.escribir_zip_roto(destino)
    elif tipo == "xml_roto":
        destino = destino.with_suffix(".xlsx")
        e.escribir_xlsx_xml_roto(destino)
    elif tipo == "vacio":
        destino.write_bytes(b"")
    elif tipo == "carpeta":
        destino.mkdir()
    elif tipo == "crudo":
        return resto[0]
    return str(destino)   # «no_existe»: la ruta, sin el archivo


def test_importar_extractos_hostiles(demo):
    """Extractos con celdas hostiles (fechas imposibles, importes de 25 cifras, monedas raras, controles y bidi), en
    cualquier separador y codificación, .xlsx escritos a mano, bytes al azar y zips rotos, importados con o sin
    --simular, --moneda y --omitir-dudosas: o estado 0 y lo guardado no tiene nada raro, o estado 1 con un mensaje
    en castellano (que nombra el archivo si hay uno) y la base igual que antes."""

    @PERFIL
    @given(plan=e.plan_extracto(), simular=st.booleans(), moneda=st.sampled_from([None, "USD", "ARS", "xx"]),
           omitir=st.booleans())
    def propiedad(plan, simular, moneda, omitir):
        CASOS["importacion"] += 1
        with carpeta_de_caso(demo) as carpeta:
            base = carpeta / "red.db"
            archivo = _extracto_en_disco(plan, carpeta)
            ultimo = _ultimo_de_bitacora(base)
            opciones = ((["--simular"] if simular else []) + (["--moneda", moneda] if moneda else [])
                        + (["--omitir-dudosas"] if omitir else []))
            argv = ["--db", str(base), "pagos", "importar", *opciones, "--", archivo]
            resultado = correr_cli(argv, carpeta)
            celdas = [str(c) for fila in (plan[1] if plan[0].startswith("extracto") else ()) for c in fila]
            comprobar_caso(demo, base, resultado, [archivo, *celdas, *argv], estados=(0, 1))
            en_disco = Path(archivo).is_file() if plan[0] != "crudo" else False
            if resultado.estado == 1 and en_disco:
                assert Path(archivo).name in resultado.errores or "espera" in resultado.errores \
                    or "Moneda de la cuenta" in resultado.errores or "No se puede asignar" in resultado.errores, \
                    f"el mensaje no nombra el archivo\n{resultado}"
            if resultado.estado == 0:
                raros = lo_guardado_no_tiene_nada_raro(base, ultimo, Path(archivo).read_bytes() if en_disco else b"")
                assert not raros, "\n".join(raros) + f"\n{resultado}"

    propiedad()
