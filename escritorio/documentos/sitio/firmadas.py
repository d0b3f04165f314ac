"""Las copias firmadas digitalmente en la página de verificación de un documento: su tabla y lo que dice la página
de un archivo idéntico a una de ellas (el guion de la verificación lee `data-igual` de la huella que coincide).

La página compara solo la huella SHA-256: dice que el archivo es idéntico byte a byte a la copia firmada que la
asociación registró, quién firmó y cuándo según ese registro, y que la firma misma (el certificado, su confianza)
se valida con un lector de PDF o con `escritorio firma verificar`, no aquí."""

from __future__ import annotations

from datetime import datetime, timezone
from html import escape

from escritorio.dominio import formato
from escritorio.dominio.traduccion import traducir

from .paginas import t, tabla


def _hora(momento: str) -> str:
    """«2026-11-26T18:23:10+00:00» -> «26/11/2026 18:23 (UTC)»: la hora de la firma, en UTC para quien lea."""
    try:
        hora = datetime.fromisoformat(momento)
    except ValueError:
        return momento
    if hora.tzinfo is not None:
        hora = hora.astimezone(timezone.utc)
    return traducir("{0} (UTC)").format(formato.fecha_y_hora(hora))


def _quien(firma) -> str:
    return traducir("{0} ({1})").format(firma.firmante, firma.cargo) if firma.cargo else firma.firmante


def _firma(firma) -> str:
    """«Lucía Fernández (Secretaria), el 26/11/2026 18:23 (UTC)»."""
    return traducir("{0}, el {1}").format(_quien(firma), _hora(firma.firmado_en))


def _cuantas(copia) -> str:
    n = len(copia.firmas)
    return (traducir("{0} firma digital") if n == 1 else traducir("{0} firmas digitales")).format(n)


def _no_valida() -> str:
    # Lo público lo lee cualquiera, por cualquier puerta: la orden va tal cual (la ventana no publica esta página).
    return traducir("Esta página no valida la firma misma (el certificado y si es de confianza): abra el archivo con un "
                    "lector de PDF o compruebe la firma con «escritorio firma verificar».")


def _veredicto(copia, reservado: bool) -> str:
    """Lo que dice la página de un archivo idéntico a `copia` («{0}»: su huella, la pone el guion)."""
    no_valida = _no_valida()
    if reservado:
        return traducir("Su archivo es idéntico byte a byte a una copia firmada digitalmente ({1}) que la asociación "
                        "registró (SHA-256 {0}).").format("{0}", _cuantas(copia)) + " " + no_valida
    return traducir("Su archivo es idéntico byte a byte a la copia firmada digitalmente que la asociación registró el "
                    "{1} (SHA-256 {0}). Firmas: {2}.").format("{0}", formato.fecha(copia.registrada_en[:10]),
                                                              "; ".join(_firma(f) for f in copia.firmas)) \
        + " " + no_valida


def seccion_de_firmadas(firmadas: list, reservado: bool) -> str:
    """La sección de las copias firmadas de la página de verificación ('' si no hay ninguna)."""
    if not firmadas:
        return ""
    filas = []
    for copia in firmadas:
        huella = (f'<code class="huella" data-sha256="{escape(copia.sha256)}" '
                  f'data-igual="{t(_veredicto(copia, reservado))}">{t(copia.sha256)}</code>')
        if reservado:
            filas.append([t(_cuantas(copia)), huella])
        else:
            firmas = "<br>".join(t(_firma(f)) for f in copia.firmas)
            filas.append([t(_cuantas(copia)), firmas, t(formato.fecha(copia.registrada_en[:10])), huella])
    columnas = [traducir("Firmas"), traducir("SHA-256")] if reservado else [
        traducir("Firmas"), traducir("Firmada por"), traducir("Registrada el"), traducir("SHA-256")]
    partes = [traducir("Cada una es el PDF con sus firmas digitales tal como la asociación lo registró al firmarlo.")]
    if not reservado:
        partes.append(traducir("Quién firmó: el nombre de su certificado y, si la firma quedó sobre una línea de firma "
                               "del documento, el cargo de esa línea."))
    partes += [traducir("Esta página compara solo la huella SHA-256 de su archivo con las de estas copias."),
               _no_valida()]
    explicacion = " ".join(partes)
    return (f"<h2>{t(traducir('Copias firmadas digitalmente'))}</h2><p>{t(explicacion)}</p>"
            + tabla(columnas, filas))
