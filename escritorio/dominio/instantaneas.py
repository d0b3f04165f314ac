"""Lo que dice un documento de lista (el padrón, una composición, la convocatoria…), por secciones y filas, para
decir después qué cambió sin guardar la lista entera.

Reglas puras, sin base ni archivos:
- Una fila tiene una clave (quién es: el id del miembro, el número del artículo), un texto (cómo se lee, en el
  idioma del documento: «Montevideo (Uruguay) · Vocal») y un valor (lo que afirma, en datos crudos: no depende del
  idioma). La huella del documento sale de las claves y los valores.
- Lo que se guarda al emitir (`compacta`) es chico: de cada sección, su título, cuántas filas tiene y su huella y,
  si no es larga, cada fila con su texto y una huella corta de su valor. Un padrón de 16.000 miembros guarda unas
  decenas de países con sus cuentas, no 16.000 filas (FILAS_GUARDADAS, TOTAL_GUARDADO).
- `cambios` compara lo guardado con lo de hoy y lo dice en frases: «Integrantes: se agregó …», «ya no está …»,
  «… → …»; de una sección que se guardó sin sus filas, cuántas tenía y cuántas tiene, o que cambió algún dato.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .traduccion import traducir
from .verificacion import huella_de

FILAS_GUARDADAS = 200     # una sección con más filas se guarda sin ellas (solo su cuenta y su huella)
TOTAL_GUARDADO = 800      # y si el documento entero pasa de esto, todas sus secciones
CAMBIOS_DICHOS = 12       # cuántos cambios se dicen uno por uno; del resto, cuántos son


@dataclass(frozen=True)
class Fila:
    clave: str
    texto: str
    valor: object


@dataclass
class Seccion:
    clave: str
    titulo: str
    # Cómo se cuentan sus filas, en el idioma del documento: («{0} miembro», «{0} miembros»).
    cuenta: tuple[str, str] = ("{0}", "{0}")
    filas: list[Fila] = field(default_factory=list)

    def agregar(self, clave: object, texto: str, valor: object) -> None:
        self.filas.append(Fila(str(clave), texto, valor))


@dataclass
class Instantanea:
    secciones: list[Seccion] = field(default_factory=list)

    def seccion(self, clave: str, titulo: str, cuenta: tuple[str, str] = ("{0}", "{0}")) -> Seccion:
        nueva = Seccion(clave, titulo, cuenta)
        self.secciones.append(nueva)
        return nueva

    def huella(self, **fijos: object) -> str:
        """La huella de lo que afirma (claves y valores, no los textos ni el orden en que se listan: ordenar de otra
        manera no cambia lo que un documento dice) y de lo que identifica al documento."""
        return huella_de({"fijos": fijos, "secciones": sorted([s.clave, _valores(s)] for s in self.secciones)})

    def compacta(self) -> list[dict]:
        """Lo que se guarda en el resumen del documento (ver el comentario del módulo)."""
        con_filas = sum(len(s.filas) for s in self.secciones) <= TOTAL_GUARDADO
        guardadas = []
        for s in self.secciones:
            seccion = {"clave": s.clave, "titulo": s.titulo, "n": len(s.filas), "huella": _corta(_valores(s)),
                       "cuenta": list(s.cuenta)}
            if con_filas and len(s.filas) <= FILAS_GUARDADAS:
                seccion["filas"] = [[f.clave, f.texto, _corta(f.valor)] for f in s.filas]
            guardadas.append(seccion)
        return guardadas


def _valores(seccion: Seccion) -> list:
    return sorted(([f.clave, f.valor] for f in seccion.filas), key=lambda fila: fila[0])


def _corta(valor: object) -> str:
    return huella_de(valor)[:16]


def cambios(guardada: list[dict], hoy: Instantanea) -> list[str]:
    """Qué cambió desde que se emitió el documento, en frases del idioma en curso; [] si nada."""
    frases: list[str] = []
    actuales = {s.clave: s for s in hoy.secciones}
    claves_guardadas = {s["clave"] for s in guardada}
    for vieja in guardada:
        nueva = actuales.get(vieja["clave"])
        if nueva is None:
            frases.append(traducir("{0}: ya no figura (el documento tenía {1}).").format(
                vieja["titulo"], _cuantas(vieja["n"], vieja.get("cuenta"))))
        elif _corta(_valores(nueva)) != vieja["huella"]:
            frases += _cambios_de_la_seccion(vieja, nueva)
    for nueva in hoy.secciones:
        if nueva.clave not in claves_guardadas:
            if len(nueva.filas) <= 3:
                frases += [traducir("{0}: se agregó {1}.").format(nueva.titulo, f.texto) for f in nueva.filas]
            else:
                frases.append(traducir("{0}: hoy figura con {1}; el documento no la tenía.").format(
                    nueva.titulo, _cuantas(len(nueva.filas), nueva.cuenta)))
    if len(frases) > CAMBIOS_DICHOS:
        resto = len(frases) - CAMBIOS_DICHOS + 1
        frases = frases[:CAMBIOS_DICHOS - 1] + [traducir("y {0} cambios más.").format(resto)]
    return frases


def _cambios_de_la_seccion(vieja: dict, nueva: Seccion) -> list[str]:
    titulo, cuenta = vieja["titulo"], vieja.get("cuenta")
    if "filas" not in vieja:
        if vieja["n"] != len(nueva.filas):
            return [traducir("{0}: el documento tenía {1}; hoy, {2}.").format(
                titulo, _cuantas(vieja["n"], cuenta), _cuantas(len(nueva.filas), cuenta))]
        return [traducir("{0}: cambió algún dato (tiene {1}, como en el documento).").format(
            titulo, _cuantas(vieja["n"], cuenta))]
    antes = {clave: (texto, huella) for clave, texto, huella in vieja["filas"]}
    frases = []
    for fila in nueva.filas:
        previa = antes.pop(fila.clave, None)
        if previa is None:
            frases.append(traducir("{0}: se agregó {1}.").format(titulo, fila.texto))
        elif previa[1] != _corta(fila.valor):
            if previa[0] == fila.texto:
                frases.append(traducir("{0}: cambió {1}.").format(titulo, fila.texto))
            else:
                frases.append(traducir("{0}: donde el documento dice «{1}», hoy dice «{2}».").format(
                    titulo, previa[0], fila.texto))
    frases += [traducir("{0}: ya no está {1}.").format(titulo, texto) for texto, _ in antes.values()]
    if not frases:  # dos filas con la misma clave: no se sabe cuál
        frases.append(traducir("{0}: cambió algún dato (tiene {1}, como en el documento).").format(
            titulo, _cuantas(vieja["n"], cuenta)))
    return frases


def _cuantas(n: int, cuenta: list | tuple | None) -> str:
    singular, plural = cuenta or ("{0}", "{0}")
    return (singular if n == 1 else plural).format(n)
