"""Avisos de cobro en PDF: una carta por miembro, una página cada una, lista para imprimir y ensobrar.

El tono sube con el nivel del aviso (el de su cargo más atrasado): 1 es un recordatorio amable,
2 un aviso y 3 o más uno que recuerda que los estatutos pueden suspender el derecho a voto. La carta
solo dice lo que consta: habla de avisos anteriores (con la fecha del último) solo si se enviaron, y
se llama «segundo aviso» o «aviso final» solo si hubo uno o más antes; a quien ya tiene el voto
suspendido le dice eso, con el artículo que lo dispone; va dirigida a la autoridad del padrón por nombre
y cargo cuando la hay. Los textos del usuario (nombre del miembro, de la asociación) se dibujan tal cual.

La página N del archivo es la carta N: si un miembro debiera más cargos de los que caben en la
tabla, los más recientes se resumen en un renglón con su suma (el total no cambia).

Los importes de monedas distintas nunca se suman: si la carta tiene cargos en varias monedas (la
escala cambió de moneda), el total adeudado va por moneda: «USD 1.200,00 y EUR 450,00».

Es un PDF etiquetado (`etiquetas`, dibujado a mano sobre el lienzo): cada carta es una sección (Sect) que se lee como
se escribe una carta, el membrete, el lugar y la fecha y el destinatario en párrafos, la referencia como su título
(H1, «Ref.: Segundo aviso de cuotas pendientes»), el saludo y cada párrafo un P; los cargos, una tabla con títulos
(TH, Scope Column), un renglón por cargo y el total adeudado (TH, Scope Row, que ocupa tres columnas: /ColSpan); la
firma en párrafos y el sello con su QR (Figure). Reglas, fondos y el pie son artefactos.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from escritorio import NOMBRE_APLICACION
from escritorio.dominio.conciliacion import referencia_de_pago
from escritorio.dominio.dinero import formatear

from escritorio.dominio.formato import fecha_larga
from escritorio.dominio.traduccion import FUENTE as IDIOMA_FUENTE
from escritorio.dominio.traduccion import idioma_en_curso, traducir
from escritorio.dominio import formato

from ..visible import abreviar
from .base import FUENTE, FUENTE_NEGRITA, escritura_atomica, fecha_corta, partir_texto, tamano_papel
from .etiquetas import LienzoEtiquetado, artefacto, elemento, marcado
from .fuentes import imprimible
from .pdfa import archivar


_NEGRO = (0, 0, 0)
_GRIS = (0.35, 0.35, 0.35)
_GRIS_REGLA = (0.78, 0.78, 0.78)
_FONDO = (0.93, 0.94, 0.96)

_MARGEN_LATERAL = 25 * mm
_MARGEN_VERTICAL = 18 * mm
_TAMANO = 10.5
_INTERLINEA = 14.5
_PARRAFO = 7            # espacio entre párrafos
_TAMANO_TABLA = 9.5
_FILA = 16
_ALTO_FIRMA = 95      # desde el pie: aclaración, línea y lugar para firmar a mano
_ALTO_PIE = 16


def _fecha(valor: object) -> date:
    return valor if isinstance(valor, date) else date.fromisoformat(str(valor)[:10])


# --- Textos según el nivel ----------------------------------------------------------------------
# Cada párrafo es una plantilla entera del idioma del documento (`traducir`); lo que varía adentro (la cita del
# artículo, el antecedente de los avisos previos, la deuda) va en sus marcadores.

_NUMEROS = {1: "una", 2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 7: "siete", 8: "ocho",
            9: "nueve", 10: "diez"}
# Las cantidades en letras en otros idiomas de los documentos: (femenino, masculino), «duas contribuições»,
# «dois avisos». Sin tabla para el idioma en curso, las del castellano.
_EN_LETRAS = {
    "pt_BR": ({1: "uma", 2: "duas", 3: "três", 4: "quatro", 5: "cinco", 6: "seis", 7: "sete", 8: "oito",
               9: "nove", 10: "dez"},
              {1: "um", 2: "dois", 3: "três", 4: "quatro", 5: "cinco", 6: "seis", 7: "sete", 8: "oito",
               9: "nove", 10: "dez"}),
}


def _en_letras(cantidad: int, *, masculino: bool = False) -> str:
    """3 -> 'tres' («tres cuotas», «três contribuições»); de 11 en adelante, en cifras. `masculino`: la forma
    para «avisos» («dois avisos»), en los idiomas que la distinguen."""
    tablas = _EN_LETRAS.get(idioma_en_curso())
    tabla = _NUMEROS if tablas is None else tablas[1 if masculino else 0]
    return tabla.get(cantidad, str(cantidad))


def _o_mas(cantidad: int) -> str:
    """2 -> 'dos o más cuotas anuales'."""
    plantilla = traducir("{0} o más cuota anual") if cantidad == 1 else traducir("{0} o más cuotas anuales")
    return plantilla.format(_en_letras(cantidad))


def _deuda(cuotas_impagas: int) -> str:
    """'adeuda tres cuotas anuales vencidas'; sin la cantidad, 'adeuda cuotas vencidas'."""
    if cuotas_impagas > 1:
        return traducir("adeuda {0} cuotas anuales vencidas").format(_en_letras(cuotas_impagas))
    if cuotas_impagas == 1:
        return traducir("adeuda {0} cuota anual vencida").format(_en_letras(1))
    return traducir("adeuda cuotas vencidas")


def referencia(nivel: int, previos: int = 0, suspendido: bool = False) -> str:
    """La referencia de la carta: dice que es un segundo aviso solo si hubo uno antes."""
    if suspendido:
        return traducir("Derecho a voto suspendido por cuotas impagas")
    if previos <= 0:
        return traducir("Recordatorio de cuotas pendientes") if nivel <= 1 else traducir("Aviso de cuotas pendientes")
    if previos == 1:
        return traducir("Segundo aviso de cuotas pendientes")
    return traducir("Aviso final de cuotas pendientes") if nivel >= 3 else traducir("Nuevo aviso de cuotas pendientes")


def _antecedente(previos: int, ultimo: date | None) -> str:
    """«, en relación con nuestro aviso del 5 de marzo de 2026,»: solo lo que consta en el registro de envíos.
    Va entre «Nos dirigimos a ustedes» y lo que sigue, con sus comas."""
    if previos <= 0:
        return ""
    if previos == 1:
        if ultimo:
            return traducir(" nuevamente, en relación con nuestro aviso del {0},").format(fecha_larga(_fecha(ultimo)))
        return traducir(" nuevamente, en relación con nuestro aviso,")
    if ultimo:
        return traducir(", luego de los {0} avisos enviados anteriormente (el último, del {1}),").format(
            _en_letras(previos, masculino=True), fecha_larga(_fecha(ultimo)))
    return traducir(", luego de los {0} avisos enviados anteriormente,").format(_en_letras(previos, masculino=True))


def parrafos_iniciales(nivel: int, *, asociacion: str, miembro: str, fecha: date,
                       articulo_suspension: str | None = None,
                       cuotas_para_suspender: int | None = None, previos: int = 0,
                       ultimo_aviso: date | None = None, suspendido: bool = False,
                       cuotas_impagas: int = 0) -> list[str]:
    """Lo que la carta afirma, según lo que consta: `previos` cartas enviadas antes (la última con fecha de corte
    `ultimo_aviso`), si el miembro ya tiene el voto suspendido y cuántas cuotas anuales adeuda."""
    al = fecha_larga(fecha)
    antes = _antecedente(previos, ultimo_aviso)
    cita = f" ({articulo_suspension})" if articulo_suspension else ""
    if suspendido:
        if cuotas_para_suspender:
            estatutos = traducir(
                "Los estatutos de la Asociación{0} suspenden el derecho a voto en los órganos de la Asociación de "
                "los miembros que adeuden {1}. Por ello, a la fecha, {2} tiene suspendido su derecho a voto en las "
                "sesiones de los órganos de la Asociación.").format(cita, _o_mas(cuotas_para_suspender), miembro)
        else:
            estatutos = traducir(
                "Los estatutos de la Asociación{0} suspenden el derecho a voto en los órganos de la Asociación de "
                "los miembros que adeuden cuotas. Por ello, a la fecha, {1} tiene suspendido su derecho a voto en "
                "las sesiones de los órganos de la Asociación.").format(cita, miembro)
        return [
            traducir("Nos dirigimos a ustedes{0} en nombre de {1}, para informarles que, según nuestros registros "
                     "al {2}, {3} {4}; a continuación se detallan los cargos pendientes.").format(
                antes or ",", asociacion, al, miembro, _deuda(cuotas_impagas)),
            estatutos,
        ]
    if nivel <= 1:
        if previos:
            return [traducir("Nos dirigimos a ustedes{0} en nombre de {1}, para recordarles que, según nuestros "
                             "registros al {2}, se encuentran pendientes de pago las cuotas que se detallan a "
                             "continuación.").format(antes, asociacion, al)]
        return [
            traducir("Nos dirigimos a ustedes, en nombre de {0}, para recordarles cordialmente que, según nuestros "
                     "registros al {1}, se encuentran pendientes de pago las cuotas que se detallan a "
                     "continuación.").format(asociacion, al),
        ]
    if nivel == 2:
        if antes:
            return [traducir("Nos dirigimos a ustedes{0} para informarles que, según nuestros registros al {1}, se "
                             "encuentran pendientes de pago las cuotas que se detallan a continuación.").format(antes, al)]
        return [traducir("Nos dirigimos a ustedes, en nombre de {0}, para informarles que, según nuestros registros "
                         "al {1}, se encuentran pendientes de pago las cuotas que se detallan a "
                         "continuación.").format(asociacion, al)]
    if antes:
        atraso = traducir("Nos dirigimos a ustedes{0} para informarles que según nuestros registros al {1} se "
                          "encuentran pendientes de pago las cuotas que se detallan a continuación, cuyo atraso es "
                          "ya considerable.").format(antes, al)
    else:
        atraso = traducir("Nos dirigimos a ustedes, en nombre de {0}, para informarles que según nuestros registros "
                          "al {1} se encuentran pendientes de pago las cuotas que se detallan a continuación, cuyo "
                          "atraso es ya considerable.").format(asociacion, al)
    if cuotas_para_suspender:
        estatutos = traducir(
            "Nos vemos en la obligación de recordarles que los estatutos de la Asociación{0} prevén la suspensión "
            "del derecho a voto en los órganos de la Asociación de los miembros que adeuden {1}. Es nuestro deseo "
            "que {2} conserve plenamente su participación en las decisiones de nuestra red.").format(
            cita, _o_mas(cuotas_para_suspender), miembro)
    else:
        estatutos = traducir(
            "Nos vemos en la obligación de recordarles que los estatutos de la Asociación{0} prevén que la falta de "
            "pago de las cuotas pueda dar lugar a la suspensión del derecho a voto en los órganos de la Asociación. "
            "Es nuestro deseo que {1} conserve plenamente su participación en las decisiones de nuestra "
            "red.").format(cita, miembro)
    return [atraso, estatutos]


def parrafos_finales(nivel: int, *, suspendido: bool = False, miembro: str = "") -> list[str]:
    comprobante = traducir("Si el pago ya hubiera sido realizado, les agradeceremos que nos hagan llegar el "
                           "comprobante para registrarlo y que desestimen el presente aviso.")
    saludo = traducir("Sin otro particular, les saludamos con nuestra consideración más distinguida.")
    if suspendido:
        return [traducir("Regularizada la deuda vencida, {0} recupera su derecho a voto. Les solicitamos que "
                         "regularicen la situación a la mayor brevedad o que se comuniquen con la Secretaría "
                         "Ejecutiva para acordar un plan de pago.").format(miembro or traducir("el miembro")),
                comprobante,
                saludo]
    if nivel <= 1:
        return [comprobante,
                traducir("Agradecemos de antemano su atención y el compromiso que mantienen con nuestra Asociación."),
                traducir("Sin otro particular, les saludamos muy atentamente.")]
    if nivel == 2:
        return [traducir("Las cuotas de los miembros sostienen el funcionamiento y las actividades comunes de la "
                         "Asociación. Les solicitamos que regularicen esta situación a la brevedad o, si existiera "
                         "alguna dificultad, que se comuniquen con la Secretaría Ejecutiva para acordar una forma de "
                         "pago."),
                comprobante,
                saludo]
    return [traducir("Por ello, les solicitamos que regularicen la deuda a la mayor brevedad posible o que se "
                     "comuniquen sin demora con la Secretaría Ejecutiva para acordar un plan de pago."),
            comprobante,
            saludo]


def _previos(aviso) -> int:
    return int(getattr(aviso, "avisos_previos", 0) or 0)


def _suspendido(aviso) -> bool:
    return bool(getattr(aviso, "voto_suspendido", False))


def referencia_de(aviso) -> str:
    return referencia(aviso.nivel, _previos(aviso), _suspendido(aviso))


# --- Maquetación de una carta ------------------------------------------------------------------

@dataclass
class _Geometria:
    ancho: float
    alto: float

    @property
    def izquierda(self) -> float:
        return _MARGEN_LATERAL

    @property
    def derecha(self) -> float:
        return self.ancho - _MARGEN_LATERAL

    @property
    def ancho_util(self) -> float:
        return self.derecha - self.izquierda

    @property
    def abajo(self) -> float:
        return _MARGEN_VERTICAL + _ALTO_PIE


def _lineas_parrafo(texto: str, ancho: float) -> list[str]:
    return partir_texto(texto, FUENTE, _TAMANO, ancho)


def _alto_parrafos(parrafos: Sequence[str], ancho: float) -> float:
    return sum(len(_lineas_parrafo(p, ancho)) * _INTERLINEA + _PARRAFO for p in parrafos)


def _dibujar_parrafo(c: Canvas, texto: str, x: float, y: float, ancho: float) -> float:
    """Párrafo justificado (la última línea, a la izquierda). Devuelve la y siguiente."""
    lineas = _lineas_parrafo(texto, ancho)
    with marcado(c, "P"):
        for i, linea in enumerate(lineas):
            objeto = c.beginText(x, y)
            objeto.setFont(FUENTE, _TAMANO)
            espacios = linea.count(" ")
            if i < len(lineas) - 1 and espacios:
                sobra = ancho - stringWidth(linea, FUENTE, _TAMANO)
                objeto.setWordSpace(sobra / espacios)
            objeto.textOut(linea)
            objeto.setWordSpace(0)  # el espaciado es estado del PDF: no debe pasar a lo que sigue
            c.drawText(objeto)
            y -= _INTERLINEA
    return y - _PARRAFO


def _renglones(cargos: Sequence[dict], moneda: str, cabe: int) -> list[tuple[str, str, str, str]]:
    """(concepto, vencimiento, días, saldo) por cargo, del más antiguo al más nuevo; si no caben
    todos, los más recientes se resumen en un renglón con su suma."""
    ordenados = sorted(cargos, key=lambda c: (_fecha(c["vencimiento"]), str(c.get("concepto", ""))))
    filas = [(str(c.get("concepto") or ""), fecha_corta(_fecha(c["vencimiento"])),
              formato.numero(int(c.get('dias') or 0)), formatear(int(c["saldo"]), c.get("moneda") or moneda))
             for c in ordenados]
    cabe = max(cabe, 1)
    if len(filas) > cabe:
        resto = ordenados[cabe - 1:]
        monedas = {c.get("moneda") or moneda for c in resto}
        suma = formatear(sum(int(c["saldo"]) for c in resto), monedas.pop()) if len(monedas) == 1 else ""
        filas = filas[:cabe - 1] + [(traducir("Otros {0} cargos más recientes").format(len(resto)), "", "", suma)]
    return filas


_COLUMNAS = (("Concepto", 0.42, False), ("Vencimiento", 0.18, True), ("Días de atraso", 0.18, True),
             ("Saldo", 0.22, True))


def totales_por_moneda(aviso) -> list[tuple[int, str]]:
    """[(importe, moneda)] de lo adeudado: uno por moneda, la del cargo más viejo primero."""
    totales = getattr(aviso, "totales", None)
    if totales:
        return [(int(importe), moneda) for moneda, importe in totales.items()]
    return [(int(aviso.total), aviso.moneda)]


def _y_final(textos: Sequence[str]) -> str:
    """['USD 1.200,00', 'EUR 450,00'] -> 'USD 1.200,00 y EUR 450,00' (la conjunción, en el idioma del documento)."""
    return textos[0] if len(textos) == 1 else traducir("{0} y {1}").format(", ".join(textos[:-1]), textos[-1])


def lineas_total(aviso, ancho: float) -> list[str]:
    """El total adeudado en una línea («USD 1.200,00 y EUR 450,00»); si no cabe en `ancho`, una por moneda."""
    textos = [formatear(importe, moneda) for importe, moneda in totales_por_moneda(aviso)]
    junto = _y_final(textos)
    if len(textos) == 1 or stringWidth(junto, FUENTE_NEGRITA, _TAMANO_TABLA + 0.5) <= ancho:
        return [junto]
    return [t + "," if i < len(textos) - 2 else traducir("{0} y").format(t) if i == len(textos) - 2 else t
            for i, t in enumerate(textos)]


def _ancho_total(g: _Geometria) -> float:
    """Lo que queda a la derecha del rótulo «Total adeudado» para las cifras."""
    return g.ancho_util - 10 - stringWidth(traducir("Total adeudado"), FUENTE_NEGRITA, _TAMANO_TABLA + 0.5) - 20


def _regla(c: Canvas, x0: float, x1: float, y: float) -> None:
    with artefacto(c):
        c.line(x0, y, x1, y)


def _dibujar_tabla(c: Canvas, g: _Geometria, y: float, renglones, total: Sequence[str]) -> float:
    """La tabla de los cargos: una fila de títulos (TH, Scope Column), una por cargo (TD; una celda vacía, un TD sin
    contenido) y la del total adeudado (su rótulo TH, Scope Row, ocupa las tres primeras columnas)."""
    x = g.izquierda
    anchos = [g.ancho_util * p for _, p, _ in _COLUMNAS]
    bordes = [x]
    for a in anchos:
        bordes.append(bordes[-1] + a)

    def celdas(textos, fuente, y_base, rol="TD"):
        c.setFont(fuente, _TAMANO_TABLA)
        with elemento(c, "TR"):
            for i, (texto, (_, _, derecha)) in enumerate(zip(textos, _COLUMNAS)):
                with (marcado(c, rol, alcance="Column" if rol == "TH" else None) if texto else elemento(c, rol)):
                    if not texto:
                        continue
                    if derecha:
                        c.drawRightString(bordes[i + 1] - 5, y_base, texto)
                    else:
                        espacio = anchos[i] - 10
                        c.drawString(bordes[i] + 5, y_base, partir_texto(texto, fuente, _TAMANO_TABLA, espacio)[0])

    with elemento(c, "Table"):
        c.setFillColorRGB(*_FONDO)
        with artefacto(c):
            c.rect(x, y - _FILA, g.ancho_util, _FILA, stroke=0, fill=1)
        c.setFillColorRGB(*_NEGRO)
        celdas([traducir(t) for t, _, _ in _COLUMNAS], FUENTE_NEGRITA, y - _FILA + 5, "TH")
        y -= _FILA
        c.setLineWidth(0.8)
        c.setStrokeColorRGB(*_NEGRO)
        _regla(c, x, g.derecha, y)
        for renglon in renglones:
            celdas(renglon, FUENTE, y - _FILA + 5)
            y -= _FILA
            c.setLineWidth(0.3)
            c.setStrokeColorRGB(*_GRIS_REGLA)
            _regla(c, x, g.derecha, y)
        c.setLineWidth(0.8)
        c.setStrokeColorRGB(*_NEGRO)
        _regla(c, x, g.derecha, y)
        c.setFont(FUENTE_NEGRITA, _TAMANO_TABLA + 0.5)
        with elemento(c, "TR"):
            with marcado(c, "TH", alcance="Row", columnas=len(_COLUMNAS) - 1):
                c.drawString(x + 5, y - _FILA + 5, traducir("Total adeudado"))
            with marcado(c, "TD"):
                for i, linea in enumerate(total):
                    c.drawRightString(g.derecha - 5, y - _FILA + 5 - i * (_FILA - 3), linea)
    y -= _FILA + 2 + (len(total) - 1) * (_FILA - 3)
    _regla(c, x, g.derecha, y)
    return y - 16


def _alto_tabla(filas: int, lineas_total: int = 1) -> float:
    return _FILA * (filas + 2) + 2 + 16 + (lineas_total - 1) * (_FILA - 3)


def _dibujar_membrete(c: Canvas, g: _Geometria, asociacion: str, sigla: str) -> float:
    y = g.alto - _MARGEN_VERTICAL - 12
    centro = g.ancho / 2
    c.setFont(FUENTE_NEGRITA, 13)
    with marcado(c, "P"):
        for linea in partir_texto(asociacion.strip(), FUENTE_NEGRITA, 13, g.ancho_util):
            c.drawCentredString(centro, y, linea)
            y -= 16
    c.setFont(FUENTE, 9)
    c.setFillColorRGB(*_GRIS)
    detalle = " · ".join(x for x in (imprimible(sigla.strip()), traducir("Secretaría Ejecutiva")) if x)
    with marcado(c, "P"):
        c.drawCentredString(centro, y, detalle)
    c.setFillColorRGB(*_NEGRO)
    y -= 10
    c.setLineWidth(1)
    _regla(c, g.izquierda, g.derecha, y)
    return y - 26


def _destinatario(aviso) -> list[tuple[str, str]]:
    """(texto, fuente) de cada línea del destinatario: la autoridad del padrón por nombre y cargo, si la tiene;
    si no, «A las autoridades de» el miembro."""
    autoridad = str(getattr(aviso, "autoridad", None) or "").strip()
    cargo = str(getattr(aviso, "cargo_autoridad", None) or "").strip()
    if autoridad:
        lineas = [(autoridad, FUENTE_NEGRITA)]
        if cargo:
            lineas.append((cargo, FUENTE))
        lineas.append((str(aviso.miembro), FUENTE))
    else:
        lineas = [(traducir("A las autoridades de"), FUENTE), (str(aviso.miembro), FUENTE_NEGRITA)]
    if getattr(aviso, "pais", ""):
        lineas.append((str(aviso.pais), FUENTE))
    if idioma_en_curso() == IDIOMA_FUENTE:  # la fórmula de las cartas en castellano; las del Brasil no la llevan
        lineas.append(("Presente", FUENTE))
    return lineas


def _dibujar_firma(c: Canvas, g: _Geometria, asociacion: str) -> None:
    ancho = 72 * mm
    x = g.derecha - ancho
    y = g.abajo + 36
    c.setLineWidth(0.6)
    c.setStrokeColorRGB(*_NEGRO)
    _regla(c, x, g.derecha, y)
    with marcado(c, "P"):
        c.setFont(FUENTE_NEGRITA, 10)
        c.drawCentredString(x + ancho / 2, y - 13, traducir("Secretaría Ejecutiva"))
    c.setFont(FUENTE, 8.5)
    c.setFillColorRGB(*_GRIS)
    lineas = partir_texto(asociacion.strip(), FUENTE, 8.5, ancho)
    with marcado(c, "P"):
        c.drawCentredString(x + ancho / 2, y - 25, lineas[0] + ("…" if len(lineas) > 1 else ""))
    c.setFillColorRGB(*_NEGRO)


def _dibujar_pie(c: Canvas, g: _Geometria, sigla: str, aviso, fecha: date) -> None:
    c.setFont(FUENTE, 7.5)
    c.setFillColorRGB(*_GRIS)
    partes = [imprimible(abreviar(sigla.strip(), 40)),
              traducir("{0} al {1}").format(referencia_de(aviso), fecha_corta(fecha))]
    with artefacto(c, "Pagination"):
        c.drawString(g.izquierda, _MARGEN_VERTICAL - 4, " · ".join(p for p in partes if p))
        c.drawRightString(g.derecha, _MARGEN_VERTICAL - 4, traducir("Generado con {0}").format(NOMBRE_APLICACION))
    c.setFillColorRGB(*_NEGRO)


def _dibujar_sello(c: Canvas, g: _Geometria, sello) -> None:
    """El código de verificación de la carta con su QR, a la izquierda de la firma."""
    from .verificacion import dibujar_sello

    if sello is not None:
        dibujar_sello(c, g.izquierda, g.abajo + 4, sello, ancho_texto=_ancho_texto_del_sello(g, sello))


def _ancho_texto_del_sello(g: _Geometria, sello) -> float:
    """El texto del sello, entre el QR (el de la dirección pública es más grande) y la firma, 8 mm antes de ella."""
    from .verificacion import lado_del_qr, separacion_del_texto

    return g.ancho_util - 72 * mm - lado_del_qr(sello) - separacion_del_texto(sello) - 8 * mm


def _alto_del_pie(g: _Geometria, sello) -> float:
    """Lo que se reserva desde el pie para la firma y el sello: el sello con la zona en blanco de su QR encima (con
    la dirección pública, más alto que el lugar de la firma)."""
    from .verificacion import alto_del_sello, zona_en_blanco

    if sello is None:
        return _ALTO_FIRMA
    return max(_ALTO_FIRMA, 4 + alto_del_sello(sello, ancho_texto=_ancho_texto_del_sello(g, sello))
               + zona_en_blanco(sello))


def _dibujar_carta(c: Canvas, g: _Geometria, aviso, *, asociacion: str, sigla: str, fecha: date,
                   lugar: str, articulo_suspension: str | None, cuotas_para_suspender: int | None,
                   sello=None) -> None:
    ancho = g.ancho_util
    y = _dibujar_membrete(c, g, asociacion, sigla)
    # Lugar y fecha, a la derecha.
    c.setFont(FUENTE, _TAMANO)
    lugar_fecha = f"{lugar.strip()}, {fecha_larga(fecha)}" if lugar and lugar.strip() else fecha_larga(fecha)
    with marcado(c, "P"):
        for linea in partir_texto(lugar_fecha, FUENTE, _TAMANO, ancho):
            c.drawRightString(g.derecha, y, linea)
            y -= _INTERLINEA
    y -= 10
    with marcado(c, "P"):   # el destinatario, un bloque: nombre, cargo, miembro, país y «Presente»
        for texto, fuente in _destinatario(aviso):
            c.setFont(fuente, _TAMANO)
            for linea in partir_texto(texto, fuente, _TAMANO, ancho * 0.75):
                c.drawString(g.izquierda, y, linea)
                y -= _INTERLINEA
    y -= 12
    c.setFont(FUENTE_NEGRITA, _TAMANO)
    with marcado(c, "H1"):   # la referencia es el título de la carta
        c.drawString(g.izquierda, y, traducir("Ref.: {0}").format(referencia_de(aviso)))
    miembro_id = getattr(aviso, "miembro_id", None)
    if isinstance(miembro_id, int):   # la que se escribe al transferir: el extracto la reconoce (issue 47)
        y -= _INTERLINEA
        c.setFont(FUENTE, _TAMANO - 1)
        with marcado(c, "P"):
            c.drawString(g.izquierda, y, traducir("Referencia de pago: {0} (escríbala en el concepto de la "
                                                  "transferencia)").format(referencia_de_pago(sigla, miembro_id)))
    y -= _INTERLINEA + 10
    c.setFont(FUENTE, _TAMANO)
    with marcado(c, "P"):
        c.drawString(g.izquierda, y, traducir("De nuestra mayor consideración:"))
    y -= _INTERLINEA + _PARRAFO
    for parrafo in parrafos_iniciales(aviso.nivel, asociacion=asociacion, miembro=str(aviso.miembro), fecha=fecha,
                                      articulo_suspension=articulo_suspension,
                                      cuotas_para_suspender=cuotas_para_suspender, previos=_previos(aviso),
                                      ultimo_aviso=getattr(aviso, "ultimo_aviso", None), suspendido=_suspendido(aviso),
                                      cuotas_impagas=int(getattr(aviso, "cuotas_impagas", 0) or 0)):
        y = _dibujar_parrafo(c, parrafo, g.izquierda, y, ancho)
    y -= 4
    finales = parrafos_finales(aviso.nivel, suspendido=_suspendido(aviso), miembro=str(aviso.miembro))
    # Lo que queda para la tabla: todo menos los párrafos finales, la firma y el pie.
    espacio = y - g.abajo - _alto_del_pie(g, sello) - _alto_parrafos(finales, ancho) - 8
    total = lineas_total(aviso, _ancho_total(g))
    cabe = int((espacio - _alto_tabla(0, len(total))) // _FILA)
    renglones = _renglones(aviso.cargos, aviso.moneda, cabe)
    y = _dibujar_tabla(c, g, y, renglones, total)
    for parrafo in finales:
        y = _dibujar_parrafo(c, parrafo, g.izquierda, y, ancho)
    _dibujar_firma(c, g, asociacion)
    _dibujar_sello(c, g, sello)
    _dibujar_pie(c, g, sigla, aviso, fecha)


def escribir_avisos_pdf(ruta: str | os.PathLike, *, asociacion: str, sigla: str, papel: str,
                        avisos: Sequence, fecha: date, lugar: str = "",
                        articulo_suspension: str | None = None,
                        cuotas_para_suspender: int | None = None, sellos: Sequence = ()) -> int:
    """Una carta por aviso (`servicios.cobranza.Aviso`), una página cada una. Devuelve las páginas.

    `sellos`: el código de verificación de cada carta, en el mismo orden (cada carta es un documento: se verifica
    sola): con su QR junto a la firma, y todos en las palabras clave del PDF.
    `lugar` (la sede de la asociación) encabeza la fecha: «Montevideo, 5 de marzo de 2026».
    `articulo_suspension` y `cuotas_para_suspender`, si se dan, se citan en el aviso final.
    """
    ancho, alto = tamano_papel(papel)
    g = _Geometria(ancho, alto)
    with escritura_atomica(ruta) as temporal:
        c = LienzoEtiquetado(temporal, pagesize=(ancho, alto), initialFontName=FUENTE, roles={})
        c.setTitle(traducir("Avisos de cuotas pendientes"))
        c.setAuthor(asociacion)
        c.setCreator(NOMBRE_APLICACION)
        c.setSubject(traducir("Avisos de cuotas pendientes al {0}").format(fecha_corta(fecha)) + f" · {asociacion}")
        sellos = list(sellos) + [None] * (len(avisos) - len(sellos))
        claves = "; ".join(s.rotulo for s in sellos if s is not None)
        if claves:
            c.setKeywords(claves)
        for aviso, sello in zip(avisos, sellos):
            with elemento(c, "Sect"):   # cada carta, su sección con su H1 (la referencia)
                _dibujar_carta(c, g, aviso, asociacion=asociacion, sigla=sigla, fecha=fecha, lugar=lugar,
                               articulo_suspension=articulo_suspension, cuotas_para_suspender=cuotas_para_suspender,
                               sello=sello)
            c.showPage()
        if not avisos:
            c.setFont(FUENTE, _TAMANO)
            with marcado(c, "P"):
                c.drawString(g.izquierda, alto - _MARGEN_VERTICAL - 20, traducir("No hay avisos para emitir."))
            c.showPage()
        c.save()
        archivar(temporal, estructura=c.estructura)
    return max(len(avisos), 1)
