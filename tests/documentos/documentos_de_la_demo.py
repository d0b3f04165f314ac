"""Cada tipo de documento PDF que escribe el programa, hecho sobre una copia de la red de ejemplo por el camino de la
usuaria: la CLI por su entrada, en el proceso (tests/cli_en_el_proceso.py; o el servicio que llama la ventana,
donde la CLI no lo ofrece: el lote de recibos),
y las actas y resoluciones firmadas digitalmente una y dos veces con certificados desechables.

Lo usan tests/documentos/test_pdfa.py (fixture del módulo) y tabla_de_documentos.py. Un documento que no se pudo
hacer queda como el texto del error (falla en sus propias pruebas, no en las de los demás).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import fields
from datetime import date
from pathlib import Path

ESPECIAL = "Ñemby ẽĩũỹ g̃ Łódź №1"
ESPECIAL_DEUDOR = "Łódź ẽĩũỹ g̃ Ñemby №2"
SIN_GLIFO = "Hangzhou 杭州"  # letras que las Liberation no tienen: se ven con su código, nunca como un cuadro
SIN_GLIFO_VISTO = "Hangzhou [U+676D][U+5DDE]"
CONTRASENA = "clave de prueba ñ"
SESION_APROBADA, SESION_EN_BORRADOR = 3, 4  # las de la red de ejemplo

# Cada documento, con el nombre con que lo muestra la tabla (en el orden de la tabla).
TIPOS = {
    "padron": "Padrón de miembros",
    "convocatoria": "Convocatoria de una sesión",
    "avisos": "Avisos de cobro (cartas)",
    "cobranza": "Resumen de cobranza",
    "acta_borrador": "Acta en borrador",
    "acta_aprobada": "Acta aprobada",
    "resolucion": "Resolución",
    "recibo": "Recibo",
    "recibos_lote": "Recibos (lote: solo el escritor; el programa no emite lotes)",
    "estado_cuenta": "Estado de cuenta",
    "composicion": "Composición de un órgano",
    "organigrama": "Organigrama",
    "estatuto": "Estatuto (texto vigente)",
    "reglamento": "Reglamento (texto de una norma)",
    "unidad": "Informe de una unidad temática",
    "memoria": "Memoria anual",
}
FIRMADOS = {
    "acta_firmada_1": ("acta_aprobada", "Acta aprobada, firmada una vez"),
    "acta_firmada_2": ("acta_aprobada", "Acta aprobada, firmada dos veces"),
    "resolucion_firmada_1": ("resolucion", "Resolución, firmada una vez"),
    "resolucion_firmada_2": ("resolucion", "Resolución, firmada dos veces"),
}


def entorno(carpeta: Path) -> dict:
    """Un proceso de la CLI aislado en `carpeta` (sin ESCRITORIO_DB ni el llavero del equipo)."""
    variables = {k: v for k, v in os.environ.items() if k != "ESCRITORIO_DB"}
    casa = carpeta / "casa"
    casa.mkdir(exist_ok=True)
    variables.update(HOME=str(casa), XDG_DATA_HOME=str(casa / "datos"), QT_QPA_PLATFORM="offscreen",
                     PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8", ESCRITORIO_CONTRASENA_CERTIFICADO=CONTRASENA,
                     PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    return variables


def cli(carpeta: Path, db: Path, *argumentos, inicio: tuple[str, ...] | None = None) -> subprocess.CompletedProcess:
    """`escritorio --db DB ARGUMENTOS` por la entrada del programa, en este proceso y sin consola (nunca espera una
    contraseña): tests/cli_en_el_proceso.py. Con `inicio` (las opciones de Python que arrancan el programa, como
    `("-m", "escritorio")`), como proceso real."""
    if inicio is None:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: la CLI en el proceso
        from cli_en_el_proceso import orden_en_el_proceso

        return orden_en_el_proceso(["--db", str(db), *map(str, argumentos)], carpeta, entorno(carpeta))
    return subprocess.run([sys.executable, *inicio, "--db", str(db), *map(str, argumentos)], cwd=carpeta,
                          env=entorno(carpeta), capture_output=True, text=True, encoding="utf-8", timeout=300,
                          stdin=subprocess.DEVNULL)


def bien(resultado: subprocess.CompletedProcess) -> str:
    assert resultado.returncode == 0, (resultado.args, resultado.stdout, resultado.stderr)
    return resultado.stdout


def crear_demo(carpeta: Path) -> Path:
    """«escritorio demo» en `carpeta`/demo.db."""
    db = carpeta / "demo.db"
    bien(cli(carpeta, db, "demo"))
    return db


def _con_letras_raras(db: Path) -> dict:
    """Renombra tres miembros (letras fuera de WinAnsi, un nombre en chino) con el servicio de la ficha, como la
    ventana, y hace el lote de recibos con el servicio que ella usa. Devuelve lo que las órdenes necesitan."""
    from escritorio.documentos.pdf.recibo import escribir_recibos_pdf
    from escritorio.dominio.ficha import FichaMiembro
    from escritorio.servicios.asociaciones import listar_asociaciones
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.cobranza import preparar_avisos
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.ficha import guardar_ficha, obtener_ficha
    from escritorio.servicios.miembros import listar_miembros
    from escritorio.servicios.pagos import listar_pagos, obtener_pago
    from escritorio.servicios.unidades import unidades

    base = abrir_base(db)
    try:
        [asociacion] = listar_asociaciones(base)
        contexto = Contexto(base, asociacion["id"])

        def renombrar(miembro_id: int, nombre: str) -> None:
            ficha = obtener_ficha(base, miembro_id)
            valores = {f.name: ficha[f.name] for f in fields(FichaMiembro)}
            if isinstance(valores["fecha_ingreso"], str):
                valores["fecha_ingreso"] = date.fromisoformat(valores["fecha_ingreso"])
            valores.update(nombre=nombre, region=f"Región {nombre}")
            guardar_ficha(contexto, FichaMiembro(**valores), miembro_id=miembro_id)

        # São Paulo paga, vota, integra el Consejo; otro miembro, con deudas, recibe un aviso de cobro.
        miembro = next(m for m in listar_miembros(contexto) if m["nombre"] == "São Paulo")
        renombrar(miembro["id"], ESPECIAL)
        deudor = next(a.miembro_id for a in preparar_avisos(contexto) if a.miembro_id != miembro["id"])
        renombrar(deudor, ESPECIAL_DEUDOR)
        otro = next(m["id"] for m in listar_miembros(contexto) if m["id"] not in (miembro["id"], deudor))
        renombrar(otro, SIN_GLIFO)
        pagos = [p for p in listar_pagos(contexto, miembro["id"]) if not p.get("anulado_en")]
        unidad = next(iter(unidades(contexto)), None)
        assert unidad is not None, "la demo ya no trae unidades temáticas"
        lote = db.parent / "recibos_lote.pdf"
        # El lote de recibos: varios pagos en un PDF (el escritor que usa el recibo suelto, con dos a la vez).
        escribir_recibos_pdf(lote, asociacion=asociacion["nombre"], sigla=asociacion["sigla"], papel="A4",
                             pagos=[obtener_pago(contexto, p["id"]) for p in pagos[:3]])
        return {"miembro": miembro["id"], "pago": pagos[0]["id"], "anio": max(int(p["fecha"][:4]) for p in pagos),
                "unidad": unidad["id"], "lote": lote}
    finally:
        base.close()


def hacer_documentos(carpeta: Path, db: Path) -> dict[str, Path | str]:
    """Cada tipo de `TIPOS`, en `carpeta`/<tipo>.pdf, sobre la base `db` (que cambia: miembros renombrados y un
    reglamento cargado)."""
    return imprimir_documentos(carpeta, db, preparar_base(carpeta, db))


def preparar_base(carpeta: Path, db: Path) -> dict:
    """Lo que cambia en `db` antes de imprimir (una vez por base): miembros renombrados, el lote de recibos y un
    reglamento cargado. Devuelve lo que necesitan las órdenes de `imprimir_documentos`."""
    datos = _con_letras_raras(db)
    norma = carpeta / "reglamento.md"
    norma.write_text(f"Artículo 1\nLa sede de {ESPECIAL} es permanente.\n\nArtículo 2\nSe habla guaraní: "
                     f"ñe'ẽ, ĩ, ũ, ỹ, g̃uarã.\n\nArtículo 3\nHermanada con {SIN_GLIFO}.\n", encoding="utf-8")
    bien(cli(carpeta, db, "estatutos", "cargar", norma, "--titulo", f"Reglamento de {ESPECIAL}",
             "--tipo", "reglamento", "--desde", "2020-01-01"))
    return datos


def imprimir_documentos(carpeta: Path, db: Path, datos: dict, *, idioma: str | None = None,
                        solo: tuple[str, ...] | None = None) -> dict[str, Path | str]:
    """Cada tipo de `TIPOS` (o los de `solo`), en `carpeta`/<tipo>.pdf, sobre la base ya preparada
    (`preparar_base`); con `idioma` («es» o «pt»), con `--idioma` en cada orden."""
    ordenes = {
        "padron": ("miembros", "padron", "{}"),
        "convocatoria": ("sesiones", "convocatoria", SESION_EN_BORRADOR, "{}"),
        "avisos": ("cuotas", "avisos", "{}"),
        "cobranza": ("cuotas", "cobranza", datos["anio"], "{}"),
        "acta_borrador": ("sesiones", "acta", SESION_EN_BORRADOR, "{}"),
        "acta_aprobada": ("sesiones", "acta", SESION_APROBADA, "{}"),
        "recibo": ("pagos", "recibo", datos["pago"], "{}"),
        "estado_cuenta": ("cuotas", "estado-cuenta", "{}", "--miembro", datos["miembro"]),
        "composicion": ("organos", "composicion", "Consejo", "--pdf", "{}"),
        "organigrama": ("organos", "organigrama", "{}"),
        "estatuto": ("estatutos", "texto", "{}"),
        "reglamento": ("estatutos", "texto", "{}", "--norma", f"Reglamento de {ESPECIAL}"),
        "unidad": ("unidades", "informe", datos["unidad"], "{}"),
        "memoria": ("memoria", datos["anio"], "{}"),
    }
    resolucion = resolucion_de_la_demo(db)
    if resolucion is not None:
        ordenes["resolucion"] = ("resoluciones", "pdf", resolucion, "--salida", "{}")
    hechos: dict[str, Path | str] = {"recibos_lote": datos["lote"]}
    general = ("--idioma", idioma) if idioma else ()
    for nombre, orden in ordenes.items():
        if solo is not None and nombre not in solo:
            continue
        ruta = carpeta / f"{nombre}.pdf"
        resultado = cli(carpeta, db, *general, *(ruta if a == "{}" else a for a in orden))
        hechos[nombre] = ruta if resultado.returncode == 0 else f"{' '.join(map(str, orden))}: {resultado.stderr}"
    return {nombre: hechos[nombre] for nombre in TIPOS if nombre in hechos}


def en_la_base(db: Path, leer):
    """`leer(contexto)` sobre la base `db` (la primera asociación), abierta y cerrada aquí: lo que las pruebas de los
    documentos leen de la base por los servicios para compararlo con el PDF."""
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto

    base = abrir_base(db)
    try:
        return leer(Contexto(base, 1))
    finally:
        base.close()


def resolucion_de_la_demo(db: Path) -> int | None:
    """La resolución que se imprime y se firma: la primera de la lista (la de «resoluciones listar»)."""
    resoluciones = json.loads(bien(cli(db.parent, db, "resoluciones", "listar", "--json")))
    return resoluciones[0]["id"] if resoluciones else None


def firmar_documentos(carpeta: Path, db: Path) -> dict[str, Path | str]:
    """El acta aprobada y la resolución firmadas digitalmente dos veces (secretaría y presidencia), cada versión
    exportada: <tipo>_firmada_1.pdf y <tipo>_firmada_2.pdf."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: los certificados de prueba
    from certificados import crear_certificado

    secretaria, _ = crear_certificado(carpeta, "Lucía Fernández", CONTRASENA)
    presidencia, _ = crear_certificado(carpeta, "Presidencia Ñandutí", CONTRASENA, archivo="presidencia")
    hechos: dict[str, Path | str] = {}
    pedidos = [("acta", ("firma", "acta", SESION_APROBADA))]
    resolucion = resolucion_de_la_demo(db)
    if resolucion is not None:
        pedidos.append(("resolucion", ("firma", "resolucion", resolucion)))
    for tipo, orden in pedidos:
        for numero, certificado in ((1, secretaria), (2, presidencia)):
            nombre = f"{tipo}_firmada_{numero}"
            resultado = cli(carpeta, db, *orden, "--certificado", certificado, "--lugar", "Asunción")
            if resultado.returncode != 0:
                hechos[nombre] = f"{' '.join(map(str, orden))}: {resultado.stderr}"
                continue
            guardadas = json.loads(bien(cli(carpeta, db, "firma", "listar", "--json")))
            ultima = max((f for f in guardadas if f["tipo"] == tipo), key=lambda f: f["id"])
            ruta = carpeta / f"{nombre}.pdf"
            bien(cli(carpeta, db, "firma", "exportar", ultima["id"], "--salida", ruta))
            hechos[nombre] = ruta
    return hechos
