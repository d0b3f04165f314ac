"""Planilla de una sesión: asistencia, votaciones y, si hubo, votos nominales.

Usa las hojas de `escritura` (encabezado en negrita y fijo, filtros, números con separador; el texto
del usuario nunca se vuelve fórmula). El título de la sesión va en las propiedades del libro y en el
encabezado de impresión de cada hoja; la fila 1 es siempre la de los nombres de columna.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from escritorio.dominio.sesiones import ASISTENCIA, BASES, MAYORIAS, METODOS, SENTIDOS
from escritorio.dominio.traduccion import traducir

from .escritura import FORMATO_MILES, ColumnaHoja, Hoja, Propiedades, escribir_libro

# Los nombres de las hojas y de las columnas y los rótulos se escriben en el idioma del documento (`traducir`).
HOJA_ASISTENCIA = "Asistencia"
HOJA_VOTACIONES = "Votaciones"
HOJA_NOMINALES = "Votos nominales"
HOJA_ELECCIONES = "Elecciones"
COLUMNAS_ASISTENCIA = ("Miembro", "País", "Asistencia", "Representante", "Poder a", "Con voto", "Motivo")
COLUMNAS_VOTACIONES = ("Punto", "Método", "Mayoría", "Base", "A favor", "En contra", "Abstenciones", "Resultado")
COLUMNAS_NOMINALES = ("Punto", "Miembro", "Sentido")
COLUMNAS_ELECCIONES = ("Punto", "Cargo", "Método", "Mayoría", "Base", "Candidatura", "Votos", "Electa", "Resultado")

# Los renglones de una elección que no son candidaturas: clave en la elección -> rótulo.
_OTROS_VOTOS = {"blancos": "En blanco", "nulos": "Nulos", "abstenciones": "Abstenciones"}

_ANCHOS_ASISTENCIA = (34, 16, 12, 30, 28, 10, 36)
_ANCHOS_VOTACIONES = (44, 16, 18, 26, 10, 10, 13, 70)
_ANCHOS_NOMINALES = (44, 34, 14)
_ANCHOS_ELECCIONES = (44, 40, 14, 18, 22, 36, 9, 9, 70)


def _texto(valor: object) -> str | None:
    if valor is None:
        return None
    texto = str(valor).strip()
    return texto or None


def _etiqueta(valor: object, nombres: dict[str, str]) -> str | None:
    """Acepta el código («a_favor») o el rótulo («A favor»), que sale en el idioma del documento; un texto que no
    es ninguno de los dos (ya traducido) queda tal cual. Siempre con mayúscula inicial."""
    texto = _texto(valor)
    if texto is None:
        return None
    if texto in nombres:
        texto = traducir(nombres[texto])
    elif texto in nombres.values():
        texto = traducir(texto)
    return texto[:1].upper() + texto[1:]


def _si_no(valor: object) -> str | None:
    if valor is None or valor == "":
        return None
    if isinstance(valor, str):
        valor = valor.strip().casefold() in ("sí", "si", "1", "true", "s")
    return traducir("Sí") if valor else traducir("No")


def _numero(valor: object) -> int | None:
    return None if valor is None or valor == "" else int(valor)


def filas_asistencia(asistencia: Sequence[dict]) -> list[list]:
    """Una fila por integrante: claves miembro, pais, estado (o asistencia), representante, poder_a,
    con_voto (bool), motivo (o motivo_sin_voto)."""
    filas = []
    for a in asistencia:
        estado = a.get("estado", a.get("asistencia"))
        filas.append([_texto(a.get("miembro")), _texto(a.get("pais")), _etiqueta(estado, ASISTENCIA),
                      _texto(a.get("representante")), _texto(a.get("poder_a")), _si_no(a.get("con_voto")),
                      _texto(a.get("motivo", a.get("motivo_sin_voto")))])
    return filas


def filas_votaciones(votaciones: Sequence[dict]) -> list[list]:
    """Una fila por punto votado: punto, metodo, mayoria, base, a_favor, en_contra, abstenciones, resultado."""
    return [[_texto(v.get("punto")), _etiqueta(v.get("metodo"), METODOS), _etiqueta(v.get("mayoria"), MAYORIAS),
             _etiqueta(v.get("base"), BASES), _numero(v.get("a_favor")), _numero(v.get("en_contra")),
             _numero(v.get("abstenciones")), _texto(v.get("resultado"))] for v in votaciones]


def filas_nominales(nominales: Sequence[dict]) -> list[list]:
    """Una fila por voto: punto, miembro, sentido (código o texto; vacío = «No votó»)."""
    no_voto = traducir("No votó")
    return [[_texto(n.get("punto")), _texto(n.get("miembro")), _etiqueta(n.get("sentido"), SENTIDOS) or no_voto]
            for n in nominales]


def filas_elecciones(elecciones: Sequence[dict]) -> list[list]:
    """Una fila por candidatura (y por votos en blanco, nulos y abstenciones) de cada elección: claves punto,
    cargo, metodo, mayoria, base, resultado, candidaturas [{nombre, votos, electa}], blancos, nulos,
    abstenciones. El resultado va en la primera fila de cada elección."""
    filas = []
    for e in elecciones:
        comunes = [_texto(e.get("punto")), _texto(e.get("cargo")), _etiqueta(e.get("metodo"), METODOS),
                   _etiqueta(e.get("mayoria"), MAYORIAS), _etiqueta(e.get("base"), BASES)]
        renglones = [[_texto(c.get("nombre")), _numero(c.get("votos")), _si_no(c.get("electa"))]
                     for c in e.get("candidaturas") or []]
        renglones += [[traducir(rotulo), _numero(e.get(clave)), None] for clave, rotulo in _OTROS_VOTOS.items()
                      if e.get(clave) is not None]
        for indice, renglon in enumerate(renglones):
            filas.append(comunes + renglon + [_texto(e.get("resultado")) if indice == 0 else None])
    return filas


def _columnas(titulos: Sequence[str], anchos: Sequence[float], numericas: Sequence[int] = ()) -> list[ColumnaHoja]:
    """`titulos`, ya en el idioma del documento."""
    return [ColumnaHoja(t, a, FORMATO_MILES if i in numericas else None)
            for i, (t, a) in enumerate(zip(titulos, anchos))]


def escribir_sesion_xlsx(ruta: Path | str, *, titulo: str, asistencia: list[dict], votaciones: list[dict],
                         nominales: list[dict], elecciones: list[dict] | None = None, autor: str | None = None,
                         papel: str | None = None) -> Path:
    """Hojas «Asistencia», «Votaciones», y si los hay, «Elecciones» y «Votos nominales». Devuelve la ruta.

    `autor`: la asociación (propiedades del libro y pie de página); `papel`: el de la asociación.
    Se escribe en un temporal que se mueve al final: un fallo no deja un archivo a medias."""
    hojas = [
        Hoja(traducir(HOJA_ASISTENCIA), _columnas([traducir(t) for t in COLUMNAS_ASISTENCIA], _ANCHOS_ASISTENCIA),
             filas_asistencia(asistencia)),
        Hoja(traducir(HOJA_VOTACIONES),
             _columnas([traducir(t) for t in COLUMNAS_VOTACIONES], _ANCHOS_VOTACIONES, (4, 5, 6)),
             filas_votaciones(votaciones)),
    ]
    if elecciones:
        hojas.append(Hoja(traducir(HOJA_ELECCIONES),
                          _columnas([traducir(t) for t in COLUMNAS_ELECCIONES], _ANCHOS_ELECCIONES, (6,)),
                          filas_elecciones(elecciones)))
    if nominales:
        hojas.append(Hoja(traducir(HOJA_NOMINALES),
                          _columnas([traducir(t) for t in COLUMNAS_NOMINALES], _ANCHOS_NOMINALES),
                          filas_nominales(nominales)))
    # El título de la sesión va en las propiedades y en el encabezado de impresión de cada hoja.
    return escribir_libro(ruta, hojas, propiedades=Propiedades((titulo or "").strip() or None, autor, papel))
