"""¿De qué miembro es este cobro? Las reglas con que una línea del extracto bancario se asigna a un miembro (issue 47).

Puro: recibe los miembros (nombre, código oficial, lo que deben en cada moneda) y el texto y el importe de la línea,
y devuelve una `Propuesta` con el miembro, la confianza y el motivo dicho para leer. Las reglas, de la más fuerte a
la más débil:

1. **La referencia de pago del miembro** (`referencia_de_pago`): la sigla de la asociación, el id del miembro en
   cuatro cifras o más y un dígito verificador (Luhn), «RCS-0012-5». Va impresa en los avisos de cobro y en el estado
   de cuenta para que el miembro la escriba en el concepto de la transferencia. El dígito verificador hace que un
   número mal copiado (0012 por 0021) no caiga en otro miembro: una referencia con el dígito equivocado no cuenta.
2. **El código oficial** del miembro (IBGE, INE…: el de su ficha), de al menos cuatro caracteres con alguna cifra,
   como palabra entera del concepto (no en la columna de comprobante: es el número de operación del banco).
3. **El nombre** del miembro en el texto, sin mayúsculas ni tildes, como palabras enteras («MUNICIPALIDAD DE
   ROSARIO» nombra a Rosario; también sin «Municipalidad de», «Prefeitura de»…). Si el texto nombra a «San José»
   y a «San José de Mayo», cuenta el nombre más largo. En la columna de quién paga (Ordenante, Miembro) vale lo mismo.
   Un nombre de una sola palabra, suelto en el texto («Juan Pérez Rocha», «Suc. Santos»: un apellido, una sucursal),
   de un miembro que no debe nada solo se propone; con «Municipalidad de», «Prefeitura de»… delante es seguro.
4. **El importe adeudado**: un único miembro que debe exactamente ese importe en esa moneda.

Confianza: **segura** (una referencia, un código o un nombre que señalan a un solo miembro y nada lo contradice): se
registra sin preguntar; **probable** (el importe adeudado, o un nombre de varios miembros que el importe decide, o una
referencia y un nombre que no coinciden): se propone y se pregunta; **ninguna**: se pregunta sin propuesta.
"""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from . import formato
from .texto import normalizar
from .traduccion import traducir

SEGURA, PROBABLE, NINGUNA = "segura", "probable", "ninguna"
# Por qué se propone un miembro (se guarda con la línea importada: columna `lineas_de_extracto.motivo`).
MOTIVOS = {"referencia": "Referencia de pago", "codigo": "Código oficial", "nombre": "Nombre",
           "nombre_e_importe": "Nombre e importe", "importe": "Importe adeudado", "a_mano": "Elegido a mano"}
PREFIJO_SIN_SIGLA = "REF"
_LARGO_MINIMO_DEL_CODIGO = 4
_PALABRAS = re.compile(r"[0-9a-z]+")
# Lo que antecede al nombre de una ciudad en su nombre oficial o en el texto de un banco: el miembro «Municipalidad de
# Rosario» también se reconoce por «Rosario».
_ANTESALAS = tuple(tuple(a.split()) for a in (
    "municipalidad de", "municipalidad del", "ilustre municipalidad de", "i municipalidad de", "intendencia de",
    "intendencia municipal de", "prefeitura de", "prefeitura municipal de", "prefeitura do", "prefeitura da",
    "alcaldia de", "alcaldia del", "ayuntamiento de", "gobierno de", "gobierno autonomo municipal de",
    "gobierno municipal de", "ciudad de", "ciudad autonoma de", "municipio de", "municipio del", "comuna de",
    "provincia de", "estado de", "departamento de", "camara municipal de", "consejo municipal de"))


def prefijo_de_referencia(sigla: str | None) -> str:
    """«RCS» de la sigla «R.C.S.» (letras y cifras ASCII, en mayúsculas, hasta ocho, empezando con una letra)."""
    limpio = "".join(c for c in normalizar(sigla).upper() if c.isascii() and c.isalnum())[:8]
    return limpio if limpio[:1].isalpha() else PREFIJO_SIN_SIGLA


def digito_verificador(numero: int) -> int:
    """El dígito de Luhn de `numero`: detecta una cifra cambiada y casi todo par de cifras vecinas invertidas."""
    suma = 0
    for posicion, cifra in enumerate(reversed(str(numero))):
        valor = int(cifra) * (2 if posicion % 2 == 0 else 1)
        suma += valor - 9 if valor > 9 else valor
    return (10 - suma % 10) % 10


def referencia_de_pago(sigla: str | None, miembro_id: int) -> str:
    """La referencia que el miembro escribe en el concepto de su transferencia: «RCS-0012-5»."""
    return f"{prefijo_de_referencia(sigla)}-{miembro_id:04d}-{digito_verificador(miembro_id)}"


def _patron_de_referencia(prefijo: str) -> re.Pattern:
    """El número del miembro va impreso en cuatro cifras o más («RCS-0012-5», «RCS00125»); con menos, solo si un
    separador lo aparta del dígito («RCS-12-5»): «CUOTA RCS 2022» es un año, no el miembro 202 con el dígito 2."""
    sigla = rf"(?<![A-Z0-9]){re.escape(prefijo)}[\s\-_./#:]*"
    return re.compile(rf"{sigla}(?:([0-9]{{4,9}})[\s\-_./]*|([0-9]{{1,3}})[\s\-_./]+)([0-9])(?![0-9])")


def referencias_en(texto: str, prefijo: str) -> list[tuple[int, str, bool]]:
    """(id del miembro, referencia como está escrita, dígito correcto) de cada referencia de pago del texto."""
    mayusculas = normalizar(texto).upper()
    return [(int(m[1] or m[2]), m[0], digito_verificador(int(m[1] or m[2])) == int(m[3]))
            for m in _patron_de_referencia(prefijo).finditer(mayusculas) if int(m[1] or m[2]) > 0]


@dataclass(frozen=True)
class MiembroConciliable:
    """Lo que se sabe de un miembro para reconocerlo: `deudas` son sus saldos pendientes por moneda."""

    id: int
    nombre: str
    pais: str = ""
    codigo: str | None = None
    deudas: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Propuesta:
    """El miembro propuesto para una línea (None: ninguno), la confianza, el motivo (`MOTIVOS`) y la explicación
    para leer; `candidatos`: los miembros entre los que se duda (el propuesto primero, si lo hay)."""

    miembro_id: int | None
    confianza: str
    motivo: str | None
    explicacion: str
    candidatos: tuple[int, ...] = ()


def _palabras(texto: str) -> tuple[str, ...]:
    return tuple(_PALABRAS.findall(normalizar(texto)))


def _sin_antesala(palabras: tuple[str, ...]) -> tuple[str, ...] | None:
    for antesala in _ANTESALAS:
        if palabras[:len(antesala)] == antesala and len(palabras) > len(antesala):
            return palabras[len(antesala):]
    return None


class Conciliador:
    """Los miembros indexados una vez; `proponer` decide cada línea (miles por segundo)."""

    def __init__(self, miembros: Iterable[MiembroConciliable], sigla: str | None, siglas_anteriores: Iterable[str] = (),
                 deudas: Callable[[], dict[int, dict[str, int]]] | None = None):
        """`deudas`: si se da, lo que debe cada miembro en cada moneda ({miembro: {moneda: saldo}}) se pide la primera
        vez que una regla lo necesita (un extracto con la referencia de pago en cada línea no lo necesita nunca: con
        100.000 miembros y diez años, sumarlo es recorrer un millón de cargos); si no, el de cada miembro."""
        self.prefijo = prefijo_de_referencia(sigla)
        # Una carta impresa antes de que la asociación cambiara de sigla lleva la referencia con la sigla de entonces:
        # sigue valiendo (el dígito verificador es del número del miembro, no de la sigla).
        self._prefijos = list(dict.fromkeys([self.prefijo, *(prefijo_de_referencia(s) for s in siglas_anteriores)]))
        self.miembros = {m.id: m for m in miembros}
        self._nombres: dict[tuple[str, ...], set[int]] = {}
        self._codigos: dict[tuple[str, ...], set[int]] = {}
        self._pedir_deudas = deudas
        self._deudas: dict[int, dict[str, int]] | None = (
            None if deudas else {m.id: m.deudas for m in self.miembros.values()})
        self._por_deuda_armado: dict[tuple[str, int], list[int]] | None = None
        for m in self.miembros.values():
            palabras = _palabras(m.nombre)
            for forma in (palabras, _sin_antesala(palabras)):
                if forma:
                    self._nombres.setdefault(forma, set()).add(m.id)
            codigo = _palabras(m.codigo or "")
            if len("".join(codigo)) >= _LARGO_MINIMO_DEL_CODIGO and any(c.isdigit() for c in "".join(codigo)):
                self._codigos.setdefault(codigo, set()).add(m.id)
        self._largo_nombre = max((len(k) for k in self._nombres), default=0)
        self._largo_codigo = max((len(k) for k in self._codigos), default=0)

    def nombre(self, miembro_id: int) -> str:
        return self.miembros[miembro_id].nombre

    def deudas_de(self, miembro_id: int) -> dict[str, int]:
        """Lo que debe el miembro en cada moneda (pedido la primera vez que hace falta)."""
        if self._deudas is None:
            self._deudas = self._pedir_deudas()
        return self._deudas.get(miembro_id, {})

    @property
    def _por_deuda(self) -> dict[tuple[str, int], list[int]]:
        """(moneda, saldo) -> los miembros que deben exactamente eso, en el orden de los miembros."""
        if self._por_deuda_armado is None:
            self._por_deuda_armado = {}
            for miembro_id in self.miembros:
                for moneda, deuda in self.deudas_de(miembro_id).items():
                    if deuda > 0:
                        self._por_deuda_armado.setdefault((moneda, deuda), []).append(miembro_id)
        return self._por_deuda_armado

    # --- cada regla -------------------------------------------------------------------------

    @staticmethod
    def _en_el_texto(palabras: tuple[str, ...], indice: dict[tuple[str, ...], set[int]], largo: int) -> set[int]:
        """Los miembros cuyo nombre (o código) está en el texto como palabras enteras; si dos se pisan, el más
        largo («san jose de mayo» y no «san jose»)."""
        hallados: list[tuple[int, int, set[int]]] = []   # (inicio, fin, miembros)
        for inicio in range(len(palabras)):
            for cuanto in range(min(largo, len(palabras) - inicio), 0, -1):
                ids = indice.get(palabras[inicio:inicio + cuanto])
                if ids:
                    hallados.append((inicio, inicio + cuanto, ids))
                    break
        quedan = [h for h in hallados if not any(o is not h and o[0] <= h[0] and h[1] <= o[1] and
                                                 (o[1] - o[0]) > (h[1] - h[0]) for o in hallados)]
        return set().union(*(ids for _, _, ids in quedan)) if quedan else set()

    def por_referencia(self, texto: str) -> tuple[set[int], list[str]]:
        """(miembros de las referencias válidas, referencias escritas con el dígito equivocado)."""
        buenas, malas = set(), []
        for prefijo in self._prefijos:
            for miembro_id, escrita, valida in referencias_en(texto, prefijo):
                if valida and miembro_id in self.miembros:
                    buenas.add(miembro_id)
                elif not valida:
                    malas.append(escrita)
        return buenas, malas

    def por_codigo(self, texto: str) -> set[int]:
        return self._en_el_texto(_palabras(texto), self._codigos, self._largo_codigo) if self._codigos else set()

    def por_nombre(self, texto: str) -> set[int]:
        return self._en_el_texto(_palabras(texto), self._nombres, self._largo_nombre)

    def por_importe(self, importe: int, moneda: str | None) -> list[int]:
        return list(self._por_deuda.get((moneda, importe), [])) if moneda else []

    # --- la decisión -----------------------------------------------------------------------

    def proponer(self, texto: str, importe: int, moneda: str | None, quien: str = "",
                 comprobante: str = "") -> Propuesta:
        """La propuesta para una línea: `texto`, lo que dice (la descripción); `quien`, la columna de quién paga si
        el archivo la tiene (un nombre exacto allí pesa como el código); `comprobante`, la columna de referencia
        del banco. El código oficial no se busca en el comprobante: es el número de operación del banco, y que
        coincida con el código IBGE de un miembro (siete cifras) no dice que pagó ese miembro."""
        todo = f"{quien} {texto} {comprobante}"
        referencias, malas = self.por_referencia(todo)
        exactos = self._nombres.get(_palabras(quien), set()) if quien else set()
        codigos = self.por_codigo(f"{quien} {texto}")
        nombres = exactos or self.por_nombre(todo)
        if len(referencias) == 1:
            return self._una_regla(next(iter(referencias)), "referencia", traducir("referencia de pago {0}").format(
                referencia_de_pago(self.prefijo, next(iter(referencias)))), codigos | nombres)
        if len(referencias) > 1:
            return self._duda(referencias, traducir("el texto tiene referencias de {0} miembros").format(
                len(referencias)), importe, moneda)
        malas_texto = (" " + traducir("(la referencia {0} tiene el dígito verificador equivocado y no se usó)").format(
            malas[0])) if malas else ""
        if len(codigos) == 1:
            miembro_id = next(iter(codigos))
            return self._una_regla(miembro_id, "codigo", traducir("código oficial {0} en el texto").format(
                self.miembros[miembro_id].codigo) + malas_texto, nombres)
        if len(nombres) == 1:
            miembro_id = next(iter(nombres))
            explicacion = traducir("el texto nombra a «{0}»").format(self.nombre(miembro_id)) + malas_texto
            if (not exactos and not self._nombre_claro(todo, miembro_id)
                    and not any(deuda > 0 for deuda in self.deudas_de(miembro_id).values())):
                # Una palabra suelta puede ser un apellido («Rocha») o una sucursal («Santos»): de quien no debe
                # nada, se pregunta (o es un pago que ya se registró a mano).
                return Propuesta(miembro_id, PROBABLE, "nombre", traducir("{0}, pero no debe nada").format(
                    explicacion), (miembro_id,))
            return self._una_regla(miembro_id, "nombre", explicacion, set())
        if len(nombres) > 1 or len(codigos) > 1:
            dudosos = nombres | codigos
            return self._duda(dudosos, traducir("el texto nombra a {0} miembros: {1}").format(
                len(dudosos), self._lista(dudosos)) + malas_texto, importe, moneda)
        por_importe = self.por_importe(importe, moneda)
        if len(por_importe) == 1:
            return Propuesta(por_importe[0], PROBABLE, "importe", traducir(
                "ningún nombre ni referencia en el texto; {0} es el único miembro que debe exactamente {1}").format(
                self.nombre(por_importe[0]), formato.dinero(importe, moneda)) + malas_texto, tuple(por_importe))
        if len(por_importe) > 1:
            return Propuesta(None, NINGUNA, None, traducir(
                "ningún nombre ni referencia en el texto; {0} miembros deben exactamente {1}").format(
                len(por_importe), formato.dinero(importe, moneda)) + malas_texto, tuple(sorted(por_importe)[:20]))
        return Propuesta(None, NINGUNA, None, traducir("ningún miembro reconocido en el texto") + malas_texto)

    def _nombre_claro(self, texto: str, miembro_id: int) -> bool:
        """¿El texto nombra al miembro con más de una palabra («Bahía Blanca», «Municipalidad de Rosario», «Prefeitura
        de Santos»)? Una sola palabra suelta («Rocha», «Santos») puede ser otra cosa."""
        palabras = _palabras(texto)
        nombre = _palabras(self.miembros[miembro_id].nombre)
        corta = _sin_antesala(nombre) or nombre
        formas = [f for f in (nombre, corta) if len(f) > 1] + [a + corta for a in _ANTESALAS]
        return any(palabras[i:i + len(f)] == f for f in formas for i in range(len(palabras) - len(f) + 1))

    def _lista(self, ids: Iterable[int], maximo: int = 4) -> str:
        """«San José (CR), San José (UY)»: los nombres, con el país si se repiten."""
        miembros = [self.miembros[i] for i in ids]
        repetidos = {m.nombre for m in miembros if sum(o.nombre == m.nombre for o in miembros) > 1}
        nombres = sorted(f"{m.nombre} ({m.pais})" if m.nombre in repetidos and m.pais else m.nombre for m in miembros)
        texto = ", ".join(nombres[:maximo])
        return texto + (f"… (+{len(nombres) - maximo})" if len(nombres) > maximo else "")

    def _una_regla(self, miembro_id: int, motivo: str, explicacion: str, otros: set[int]) -> Propuesta:
        """Una regla fuerte señala a un miembro: segura, salvo que otra regla nombre a otro."""
        otros = otros - {miembro_id}
        if otros:
            return Propuesta(miembro_id, PROBABLE, motivo, traducir("{0}, pero el texto también nombra a {1}").format(
                explicacion, self._lista(otros)), (miembro_id, *sorted(otros)))
        return Propuesta(miembro_id, SEGURA, motivo, explicacion, (miembro_id,))

    def _duda(self, ids: set[int], explicacion: str, importe: int, moneda: str | None) -> Propuesta:
        """Varios miembros posibles: si uno solo de ellos debe exactamente el importe, se lo propone."""
        deben = [i for i in sorted(ids) if moneda and self.deudas_de(i).get(moneda) == importe]
        if len(deben) == 1:
            return Propuesta(deben[0], PROBABLE, "nombre_e_importe", traducir("{0}; solo {1} debe exactamente {2}")
                             .format(explicacion, self.nombre(deben[0]), formato.dinero(importe, moneda)),
                             (deben[0], *sorted(ids - {deben[0]})))
        return Propuesta(None, NINGUNA, None, explicacion, tuple(sorted(ids)))
