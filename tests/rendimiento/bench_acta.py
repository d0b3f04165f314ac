"""Mide escribir_acta_pdf con un acta grande: 300 asistentes y 40 puntos del orden del día.

El acta se arma a mano (dataclasses, sin base de datos) con ciudades reales de GeoNames, agrupadas por
país, con representantes, poderes, ausentes, invitados, resúmenes de varios párrafos, votaciones (dos
de ellas nominales, con un voto por asistente), resoluciones y una fe de erratas.

Objetivo: menos de 1 segundo por acta (mediana de varias corridas). Como referencia se informa
también la razón frente a una línea base que dibuja las mismas cadenas con el canvas, una
drawString por renglón, sin maquetar nada.

    python tests/rendimiento/bench_acta.py [--asistentes 300] [--puntos 40] [--papel A4] [--guardar DIR]

`main()` devuelve True si se cumple el objetivo (así lo usa `ejecutar.py`).
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path

AQUI = Path(__file__).resolve().parent
for carpeta in (AQUI, AQUI.parents[1]):  # comun.py y el paquete escritorio, se corra como se corra
    if str(carpeta) not in sys.path:
        sys.path.insert(0, str(carpeta))

from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from comun import informar, medir  # noqa: E402
from escritorio.documentos.pdf.acta import escribir_acta_pdf  # noqa: E402
from escritorio.documentos.pdf.base import tamano_papel  # noqa: E402
from escritorio.dominio.paises import nombre_pais  # noqa: E402
from escritorio.recursos import ciudades_geonames  # noqa: E402
from escritorio.servicios.actas import Acta, ContenidoActa  # noqa: E402

OBJETIVO_SEGUNDOS = 1.0
RAZON_DE_REFERENCIA = 25.0  # solo informativa: maquetar párrafos justificados cuesta más que drawString
_CARGOS = ("Secretaria de Relaciones Internacionales", "Director de Cooperación", "Concejal", "Intendente",
           "Prefeito", "Alcaldesa")
_SENTIDOS = ("a_favor",) * 6 + ("en_contra", "abstencion")
_RESUMEN = ("La Presidencia presenta el punto y cede la palabra a la Secretaría Ejecutiva, que expone los "
            "antecedentes y la propuesta distribuida con la convocatoria. Intervienen {a}, {b} y {c}, que "
            "plantean observaciones sobre los plazos, el financiamiento y la participación de las ciudades "
            "asociadas. La Secretaría responde a las consultas y toma nota de las sugerencias.")


def _ciudades() -> list[dict[str, str]]:
    with open(ciudades_geonames(), encoding="utf-8", newline="") as archivo:
        return [c for c in csv.DictReader(archivo) if c["pais_iso2"]]


def acta_de_prueba(asistentes: int = 300, puntos: int = 40, estado: str = "aprobada") -> Acta:
    """Un acta del tamaño pedido; los nombres de ciudades se toman en ciclo de GeoNames."""
    ciudades = _ciudades()
    paso = max(1, len(ciudades) // (asistentes + 40))  # ciudades de muchos países, no solo las primeras
    elegidas = [ciudades[(i * paso) % len(ciudades)] for i in range(asistentes + 40)]
    nombres = [c["nombre"] for c in elegidas]
    por_pais: dict[str, list[str]] = defaultdict(list)
    for i, ciudad in enumerate(elegidas[:asistentes]):
        pais = nombre_pais(ciudad["pais_iso2"]) or ciudad["pais_iso2"]
        if i % 9 == 4 and i:
            texto = f"{ciudad['nombre']}, por poder otorgado a {nombres[i - 1]}"
        elif i % 5 == 0:
            texto = f"{ciudad['nombre']}, representada por Persona {i} ({_CARGOS[i % len(_CARGOS)]})"
        else:
            texto = ciudad["nombre"]
        por_pais[pais].append(texto)
    asistencia_por_pais = dict(sorted(por_pais.items()))
    ausentes = [f"{c['nombre']} ({'excusado' if i % 3 else 'ausente'})" for i, c in enumerate(elegidas[asistentes:])]
    lista_puntos, resoluciones = [], []
    numero, sub = 0, 0
    for i in range(puntos):
        if i % 5 == 2:  # subpuntos: 1.1, 4.1…
            sub += 1
            numeracion = f"{numero}.{sub}"
        else:
            numero, sub = numero + 1, 0
            numeracion = str(numero)
        votado = i % 2 == 0
        nominal = i in (10, 30)
        resumen = _RESUMEN.format(a=nombres[i], b=nombres[i + 7], c=nombres[i + 13])
        if i % 3 == 0:
            resumen += "\n\n" + _RESUMEN.format(a=nombres[i + 2], b=nombres[i + 21], c=nombres[i + 40])
        lista_puntos.append({
            "numeracion": numeracion,
            "titulo": f"Punto {numeracion}: propuesta de trabajo de la red sobre {nombres[i]}",
            "tipo": "Votación" if votado else "Deliberativo", "resumen": resumen,
            "votacion": (f"Votación {'nominal' if nominal else 'a mano alzada'}. Aprobada: 240 a favor, 30 en contra, "
                         "30 abstenciones; se requerían 151 (más de la mitad de 300 miembros presentes).")
            if votado else None,
            "nominales": [f"{nombres[j]}: {_SENTIDOS[j % len(_SENTIDOS)]}" for j in range(asistentes)]
            if nominal else [],
        })
        if votado:
            resoluciones.append(f"Resolución {len(resoluciones) + 1}/2026: "
                                f"Aprueba la propuesta del punto {numeracion}")
    contenido = ContenidoActa(
        asociacion="Asociación de Municipios de Iberoamérica", titulo="XXI sesión ordinaria — Asamblea General",
        organo="Asamblea General", numero=21, tipo="ordinaria", fecha="2026-06-10", hora="10:00",
        lugar="Montevideo, Intendencia de Montevideo", apertura=_RESUMEN.format(a="Montevideo", b="Rosario", c="Quito"),
        asistencia_por_pais=asistencia_por_pais, ausentes=ausentes,
        invitados=[f"Invitada {i} (Organismo {i}), invitada" for i in range(6)],
        quorum=f"Con la presencia de {asistentes} de {asistentes + 40} miembros con derecho a voto se verifica el "
               "quórum (Estatuto, art. 19).",
        puntos=lista_puntos, resoluciones=resoluciones,
        cierre="Sin más asuntos que tratar, la Presidencia levanta la sesión.", hora_cierre="18:30",
        preside="Intendencia de Montevideo", secretaria="Secretaría Ejecutiva")
    if estado == "borrador":
        return Acta(contenido, "borrador", None, None, None, [], False)
    erratas = [{"fecha": f"2026-0{7 + i}-01", "texto": f"En el punto {i + 1}, donde dice «{nombres[i]}» debe decir "
                f"«{nombres[i + 1]}»."} for i in range(3)]
    return Acta(contenido, estado, "ab" * 32, "Resolución 3/2026", "2026-07-15", erratas, False)


def _renglones(acta: Acta) -> list[str]:
    ct = acta.contenido
    renglones = [ct.titulo, ct.quorum, ct.apertura or ""]
    for pais, quienes in ct.asistencia_por_pais.items():
        renglones += [f"{pais}: {q}" for q in quienes]
    renglones += ct.ausentes + ct.invitados
    for p in ct.puntos:
        renglones += [p["titulo"], p["resumen"] or "", p["votacion"] or "", *p["nominales"]]
    return renglones + ct.resoluciones


def linea_base(ruta: Path, renglones: list[str], papel: str) -> int:
    """Cada cadena en un renglón, cortada a 110 letras, sin medir ni partir. Devuelve las páginas."""
    ancho, alto = tamano_papel(papel)
    c = Canvas(str(ruta), pagesize=(ancho, alto))
    c.setFont("Times-Roman", 10)
    paginas, y = 1, alto - 60
    for texto in renglones:
        for desde in range(0, max(len(texto), 1), 110):
            if y < 60:
                c.showPage()
                c.setFont("Times-Roman", 10)
                paginas, y = paginas + 1, alto - 60
            c.drawString(50, y, texto[desde:desde + 110])
            y -= 13
    c.save()
    return paginas


def main(asistentes: int = 300, puntos: int = 40, papel: str = "A4", repeticiones: int = 5,
         guardar: Path | None = None) -> bool:
    aprobada = acta_de_prueba(asistentes, puntos, "aprobada")
    borrador = acta_de_prueba(asistentes, puntos, "borrador")
    renglones = _renglones(aprobada)
    paginas: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as temporal:
        carpeta = guardar or Path(temporal)
        carpeta.mkdir(parents=True, exist_ok=True)

        def base() -> None:
            paginas["base"] = linea_base(carpeta / "linea_base.pdf", renglones, papel)

        def acta() -> None:
            paginas["acta"] = escribir_acta_pdf(carpeta / "acta.pdf", sigla="AMIB", papel=papel, acta=aprobada,
                                                generado=date(2026, 7, 20))

        def acta_borrador() -> None:
            paginas["borrador"] = escribir_acta_pdf(carpeta / "acta_borrador.pdf", sigla="AMIB", papel=papel,
                                                    acta=borrador, generado=date(2026, 6, 12))

        acta()  # calienta las fuentes y los módulos de reportlab
        t_base = medir(base, repeticiones)
        t_acta = medir(acta, repeticiones)
        t_borrador = medir(acta_borrador, repeticiones)
    paises = len(aprobada.contenido.asistencia_por_pais)
    print(f"Acta PDF: {asistentes} asistentes de {paises} países, {puntos} puntos, "
          f"2 votaciones nominales, en {papel}: {paginas['acta']} páginas (línea base: {paginas['base']})")
    informar("Acta PDF frente a drawString", t_base, t_acta, RAZON_DE_REFERENCIA)
    cumple = True
    for nombre, segundos, hojas in (("aprobada", t_acta, paginas["acta"]),
                                    ("borrador", t_borrador, paginas["borrador"])):
        ok = segundos < OBJETIVO_SEGUNDOS
        cumple = cumple and ok
        print(f"Acta PDF ({nombre}): {segundos:.3f} s · {hojas} páginas · {hojas / segundos:.1f} páginas/s "
              f"(objetivo < {OBJETIVO_SEGUNDOS:g} s) {'OK' if ok else 'NO CUMPLE'}", flush=True)
    return cumple


def _opciones() -> argparse.Namespace:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--asistentes", type=int, default=300)
    argumentos.add_argument("--puntos", type=int, default=40)
    argumentos.add_argument("--papel", default="A4")
    argumentos.add_argument("--repeticiones", type=int, default=5, help="se informa la mediana")
    argumentos.add_argument("--guardar", type=Path, help="carpeta donde dejar los PDF generados")
    return argumentos.parse_args()


if __name__ == "__main__":
    sys.exit(0 if main(**vars(_opciones())) else 1)
