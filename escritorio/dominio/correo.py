"""El correo de la secretaría sin red: qué clases de mensaje hay, qué estados recorre un mensaje, a qué dirección va
cada uno, cómo se llaman sus adjuntos y cómo se arma el mensaje MIME (texto y HTML, nombres y asuntos en UTF-8
bien codificados, el Message-ID propio). Enviarlo es de servicios.despacho."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .nombres_de_archivo import nombre_valido_en_windows
from .traduccion import traducir

if TYPE_CHECKING:
    from email.message import EmailMessage
# El paquete email (unos 15 ms) se carga al armar un mensaje, no al abrir la ventana, que solo mira la bandeja.

# Clase de mensaje -> cómo se llama (también, qué marca un contacto que quiere recibirla).
CLASES = {"convocatoria": "Convocatorias", "acta": "Actas aprobadas", "resolucion": "Resoluciones",
          "aviso": "Avisos de cobro", "recibo": "Recibos"}
SEGURIDADES = {"starttls": "STARTTLS (puerto 587)", "tls": "TLS directo (puerto 465)",
               "ninguna": "Sin cifrar (solo en la red de la oficina)"}
PUERTOS = {"starttls": 587, "tls": 465, "ninguna": 25}
# pendiente → enviando (justo antes de DATA) → enviado; enviando sin respuesta al volver → por_confirmar.
ESTADOS_MENSAJE = {"pendiente": "Esperando", "enviando": "Enviándose", "enviado": "Enviado",
                   "por_confirmar": "Por confirmar", "rechazado": "Rechazado", "anulado": "Anulado"}
TIPOS_DESTINATARIO = {"para": "Para", "copia": "Copia"}
ESTADOS_DESTINATARIO = {"pendiente": "Esperando", "aceptado": "Aceptado por el servidor", "rechazado": "Rechazado",
                        "rebotado": "Rebotado", "recibido": "Recibido (confirmado)"}
# Los que se pueden anotar a mano después del envío, y en qué estado del mensaje (uno que todavía no salió, no).
ANOTABLES = ("rebotado", "recibido")
ANOTABLE_EN = ("enviado", "por_confirmar")
# Los que todavía no salieron y se pueden anular (no salen nunca): solo los que esperan.
ANULABLE_EN = ("pendiente",)
# Para tomar la cuenta de un proveedor conocido: servidor, puerto y seguridad (la guía dice cómo sacar la clave de
# aplicación de cada uno).
PROVEEDORES = {
    "Gmail / Google Workspace": ("smtp.gmail.com", 587, "starttls"),
    "Outlook / Microsoft 365": ("smtp.office365.com", 587, "starttls"),
}

_VINETA = re.compile(r"^\s*(\d+\.|-|•)\s+")
_PROHIBIDOS_EN_NOMBRE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def leer_clases(texto: object) -> str | None:
    """«convocatoria, acta» -> «convocatoria,acta» (en el orden de CLASES); vacío -> None. ValueError si alguna no
    es una clase de correo."""
    partes = [p.strip().lower() for p in str(texto or "").replace(";", ",").split(",") if p.strip()]
    desconocidas = [p for p in partes if p not in CLASES]
    if desconocidas:
        raise ValueError(traducir("«{0}» no es una clase de correo (son: {1})").format(
            desconocidas[0], ", ".join(CLASES)))
    return ",".join(c for c in CLASES if c in partes) or None


def recibe(clases: str | None, clase: str) -> bool:
    return clase in (clases or "").split(",")


def nombre_de_adjunto(titulo: str, extension: str = ".pdf") -> str:
    """«Convocatoria: Asamblea General 12/03/2027» -> «Convocatoria Asamblea General 12-03-2027.pdf»: un nombre que
    cualquier sistema guarda tal cual (sin / : ? * ni comillas)."""
    limpio = _PROHIBIDOS_EN_NOMBRE.sub(lambda m: "-" if m.group(0) == "/" else " ", titulo)
    limpio = " ".join(limpio.split()).strip(" .")[:150] or traducir("Documento")
    return nombre_valido_en_windows(limpio + extension)


def direccion_smtp(direccion: str) -> str:
    """La dirección como viaja por SMTP, en ASCII: un dominio con eñes o tildes («intendencia-peñalolén.org») va en
    IDNA («xn--…»); letras fuera de ASCII antes de la @ no las acepta el SMTP común (haría falta SMTPUTF8), así que
    ValueError con el motivo."""
    if any(ord(c) < 32 or ord(c) == 127 for c in direccion):
        # Un salto de línea en una dirección (escrito con sqlite3 en la bandeja) partiría la orden SMTP o el
        # encabezado en dos: esa dirección no se usa.
        raise ValueError(traducir("tiene saltos de línea u otros caracteres de control, que una dirección no lleva"))
    usuario, arroba, dominio = direccion.strip().rpartition("@")
    if not arroba or not usuario or not dominio:
        raise ValueError(traducir("no es una dirección de correo válida (ejemplo: nombre@municipio.gob)"))
    if not usuario.isascii():
        raise ValueError(traducir("tiene letras fuera de ASCII (eñes, tildes) antes de la @, que el correo común no "
                                  "lleva: pida una dirección sin ellas"))
    if not dominio.isascii():
        try:
            dominio = dominio.encode("idna").decode("ascii")
        except UnicodeError:
            raise ValueError(traducir("lo que sigue a la @ no es un nombre de dominio válido")) from None
    return f"{usuario}@{dominio}"


def dominio_de(direccion: str) -> str:
    try:
        return direccion_smtp(direccion).rsplit("@", 1)[-1].lower()
    except ValueError:
        return "escritorio.invalid"


def nuevo_message_id(remitente: str) -> str:
    """Un Message-ID propio, único, con el dominio del remitente: es lo que permite buscar en el servidor si un
    mensaje «por confirmar» salió."""
    from email.utils import make_msgid

    return make_msgid(idstring="escritorio", domain=dominio_de(remitente))


def texto_a_html(texto: str) -> str:
    """El cuerpo en HTML a partir del texto: párrafos separados por líneas en blanco, las listas como listas."""
    bloques = []
    for bloque in texto.strip().split("\n\n"):
        lineas = bloque.split("\n")
        if all(re.match(r"^\s*(\d+\.|-|•)\s", linea) for linea in lineas):
            items = "".join("<li>" + html.escape(_VINETA.sub("", linea)) + "</li>" for linea in lineas)
            etiqueta = "ol" if re.match(r"^\s*\d+\.", lineas[0]) else "ul"
            bloques.append(f"<{etiqueta}>{items}</{etiqueta}>")
        else:
            bloques.append("<p>" + "<br>".join(html.escape(linea) for linea in lineas) + "</p>")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 14px; line-height: 1.45;\">"
            + "\n".join(bloques) + "</body></html>")


ENCABEZADO_ANCLA = "X-Escritorio-Ancla"


def linea_de_ancla(sello: int, huella: str) -> str:
    """La última línea de cada mensaje: la cabeza de la cadena con la huella entera (la que lee «escritorio verificar
    --ancla mensaje.eml»). Siempre en castellano, como la busca `verificar`."""
    return f"Huella de la bitácora: sello {int(sello)} · {huella}"


def _html_con_ancla(html_: str, linea: str) -> str:
    parrafo = ('<p style="color: #555; font-size: 12px;">' + html.escape(linea) + "</p>")
    cierre = html_.lower().rfind("</body>")
    return html_[:cierre] + parrafo + html_[cierre:] if cierre >= 0 else html_ + parrafo


@lru_cache(maxsize=1)
def _politica():
    """La política SMTP de la biblioteca (CRLF, encabezados a 78 columnas), salvo X-Escritorio-Ancla: sus 86
    caracteres van en una sola línea, como se buscan (RFC 5322 admite hasta 998)."""
    from email.policy import EmailPolicy

    class _SinPlegarElAncla(EmailPolicy):
        def fold(self, name, value):
            if name.lower() == ENCABEZADO_ANCLA.lower():
                return f"{name}: {value}{self.linesep}"
            return super().fold(name, value)

        def fold_binary(self, name, value):
            if name.lower() == ENCABEZADO_ANCLA.lower():
                return f"{name}: {value}{self.linesep}".encode("ascii")
            return super().fold_binary(name, value)

    return _SinPlegarElAncla(linesep="\r\n")


def armar_mensaje(*, message_id: str, remitente: str, nombre_remitente: str | None, para: list[tuple[str, str | None]],
                  copia: list[tuple[str, str | None]], asunto: str, texto: str, html_: str,
                  adjuntos: list[tuple[str, bytes]], fecha: str | None = None,
                  ancla: tuple[int, str] | None = None) -> EmailMessage:
    """El mensaje tal como sale: texto y HTML como alternativas, cada adjunto con su nombre (RFC 2231 si no es ASCII),
    encabezados codificados (RFC 2047) y líneas CRLF (política SMTP). Con `ancla` (sello, huella: la cabeza de la
    cadena de la bitácora al enviarlo), el encabezado X-Escritorio-Ancla y la última línea del texto (y del HTML)
    la nombran: cada buzón que lo recibe es un testigo que la oficina no puede editar."""
    from email.message import EmailMessage
    from email.utils import formataddr, formatdate

    mensaje = EmailMessage(policy=_politica())
    mensaje["Message-ID"] = message_id
    mensaje["Date"] = fecha or formatdate(localtime=True)
    mensaje["From"] = formataddr((nombre_remitente or "", remitente))
    mensaje["To"] = ", ".join(formataddr((nombre or "", direccion)) for direccion, nombre in para)
    if copia:
        mensaje["Cc"] = ", ".join(formataddr((nombre or "", direccion)) for direccion, nombre in copia)
    mensaje["Subject"] = asunto
    mensaje["X-Mailer"] = "Escritorio"
    if ancla is not None:
        mensaje[ENCABEZADO_ANCLA] = f"{ancla[0]} {ancla[1]}"
        texto = texto.rstrip("\n") + "\n\n" + linea_de_ancla(*ancla) + "\n"
        html_ = _html_con_ancla(html_, linea_de_ancla(*ancla))
    mensaje.set_content(texto, charset="utf-8")
    mensaje.add_alternative(html_, subtype="html", charset="utf-8")
    for nombre, contenido in adjuntos:
        mensaje.add_attachment(contenido, maintype="application", subtype="pdf", filename=nombre)
    return mensaje
