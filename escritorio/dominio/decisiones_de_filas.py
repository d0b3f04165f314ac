"""Lo que decide quien importa sobre las filas del archivo, sin tocar el archivo (issue 61 §5): omitir una fila o
corregir una celda. La fila corregida pasa por la misma validación que las demás (fila_importada.validar_fila): una
corrección que sigue mal sigue siendo un problema, con su motivo. La importación sigue siendo todo o nada, con lo
decidido.

`DecisionesDeFilas` es lo que escribe la persona (la ventana nombra la columna por su letra; la línea de órdenes, por
su letra o su encabezado); `resolver` la traduce, con los encabezados del archivo, a índices de columna, y
`DecisionesResueltas.valores` da los valores de una fila tal como se validan. Todo es puro.
"""

from dataclasses import dataclass, field

from . import entrada
from .importacion import Mapeo, Problema, campo_del_encabezado, letra_columna, rotulo_del_campo
from .texto import normalizar
from .traduccion import traducir


@dataclass
class DecisionesDeFilas:
    """Por número de fila (el que muestra la hoja de cálculo: la 2 es la primera debajo de los encabezados):
    `omitir`, las que no se importan; `corregir`, {fila: {columna: valor}}, la columna por su letra («B») o su
    encabezado («Población»), el valor como se escribiría en la celda ("" la deja vacía)."""

    omitir: set[int] = field(default_factory=set)
    corregir: dict[int, dict[str, str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.omitir or self.corregir)


@dataclass
class DecisionesResueltas:
    """Las decisiones con cada columna ya ubicada (su índice). `vistas`: las filas con decisión que aparecieron al
    leer el archivo (una que no aparece es un error: `no_vistas`)."""

    omitir: frozenset[int]
    corregir: dict[int, dict[int, str]]
    vistas: set[int] = field(default_factory=set)

    def valores(self, numero: int, valores: tuple) -> tuple | None:
        """Los valores con que se valida la fila `numero`; None si se omite."""
        if numero in self.omitir:
            self.vistas.add(numero)
            return None
        cambios = self.corregir.get(numero)
        if not cambios:
            return valores
        self.vistas.add(numero)
        lista = list(valores) + [None] * (max(cambios) + 1 - len(valores))
        for indice, valor in cambios.items():
            lista[indice] = valor if valor.strip() else None
        return tuple(lista)

    def omitidas(self) -> list[int]:
        return sorted(self.omitir & self.vistas)

    def corregidas(self) -> list[int]:
        return sorted(set(self.corregir) & self.vistas)

    def no_vistas(self) -> list[Problema]:
        """Una decisión sobre una fila que el archivo no tiene: se informa (no se la ignora en silencio)."""
        return [Problema(traducir("el archivo no tiene esta fila (o está vacía): revise el número de la fila que "
                                  "decidió omitir o corregir"), fila)
                for fila in sorted((self.omitir | set(self.corregir)) - self.vistas)]


def _indice(columna: str, encabezados: list, mapeo: Mapeo) -> int:
    """La columna nombrada por su encabezado (el del archivo o el de un dato, en cada idioma: «Correo de contacto»,
    «Correo», «Email») o por su letra («B»), si es una que se importa. ValueError con el motivo si no."""
    texto = columna.strip()
    clave = normalizar(texto)
    importadas = {indice: campo for campo, indice in mapeo.indices.items()}
    candidatas = [i for i, e in enumerate(encabezados) if clave and normalizar(e) == clave]
    campo = campo_del_encabezado(clave) if clave else None
    if campo is not None and campo in mapeo.indices:
        candidatas.append(mapeo.indices[campo])
    if not candidatas and texto.isascii() and texto.isalpha() and len(texto) <= 3:
        letras = {letra_columna(i): i for i in range(len(encabezados))}
        if texto.upper() in letras:
            candidatas.append(letras[texto.upper()])
    for indice in candidatas:
        if indice in importadas:
            return indice
    nombres = ", ".join(f"{letra_columna(i)} ({rotulo_del_campo(c)})" for i, c in sorted(importadas.items()))
    if candidatas:
        raise ValueError(traducir("la columna {0} no se importa, y corregirla no cambiaría nada; corrija una de las "
                                  "que se importan: {1}").format(letra_columna(candidatas[0]), nombres))
    raise ValueError(traducir("el archivo no tiene una columna «{0}»; nómbrela por su letra o su encabezado, una de "
                              "las que se importan: {1}").format(entrada.muestra(texto), nombres))


def resolver(decisiones: DecisionesDeFilas | None, encabezados: list, mapeo: Mapeo) -> DecisionesResueltas | None:
    """Las decisiones con cada columna ubicada. ValueError (con la fila, la columna y cómo arreglarlo) si una fila no
    puede ser del archivo, se omite y se corrige a la vez, o nombra una columna que no se importa."""
    if not decisiones:
        return None
    corregir: dict[int, dict[int, str]] = {}
    for fila in sorted(decisiones.omitir | set(decisiones.corregir)):
        if fila < 2:
            raise ValueError(traducir("fila {0}: las filas de datos empiezan en la 2 (la 1 tiene los encabezados); "
                                      "use el número de fila que muestra la hoja de cálculo").format(fila))
    for fila, cambios in sorted(decisiones.corregir.items()):
        if fila in decisiones.omitir:
            raise ValueError(traducir("fila {0}: se pidió omitirla y corregirla a la vez; elija una de las dos")
                             .format(fila))
        for columna, valor in cambios.items():
            try:
                indice = _indice(columna, encabezados, mapeo)
            except ValueError as error:
                raise ValueError(traducir("fila {0}: {1}").format(fila, error)) from None
            if indice in corregir.get(fila, {}):
                raise ValueError(traducir("fila {0}: la columna {1} se corrige dos veces; deje una sola corrección")
                                 .format(fila, letra_columna(indice)))
            corregir.setdefault(fila, {})[indice] = "" if valor is None else str(valor)
    return DecisionesResueltas(frozenset(decisiones.omitir), corregir)
