"""El HTML de la página de votación del teléfono: HTML y CSS propios, sin JavaScript ni nada de internet.

Cuatro pantallas: ingresar el código (lo único que se ve sin un código vivo), la espera (no hay urna abierta), la
papeleta (un sentido o una candidatura; o varias marcas en una boleta) y, después de votar, el comprobante con la
posibilidad de votar de nuevo hasta que se cierre la urna. Cada formulario lleva su testigo de un solo uso y el
idioma en que se lee. Los textos del programa pasan por `traducir` (el idioma lo fija quien llama, con
`idiomas.traduccion.en_idioma`); lo que escribió la secretaría (títulos, nombres) va tal cual, escapado.
"""

from dataclasses import dataclass
from html import escape

from ..dominio.traduccion import traducir

# Los idiomas de la página: el código que va en la dirección y en el formulario -> su nombre, en su idioma.
IDIOMAS = {"es": "Español", "pt": "Português", "en": "English"}
ATRIBUTO_LANG = {"es": "es", "pt": "pt-BR", "en": "en"}

ESTILO = """\
:root { --tinta: #1b1b1b; --fondo: #ffffff; --marca: #0b4f8a; --suave: #eef3f8;
        --error: #a4000f; --bien: #0b6b2e; }
* { box-sizing: border-box; }
body { margin: 0; font: 1.125rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--tinta);
       background: var(--fondo); }
header { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: .5rem;
         padding: .5rem 1rem; background: var(--marca); color: #fff; }
header p { margin: 0; font-weight: 600; }
nav ul { display: flex; gap: .75rem; list-style: none; margin: 0; padding: 0; }
nav a { color: #fff; }
nav a[aria-current] { font-weight: 700; text-decoration: none; }
main { max-width: 36rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; line-height: 1.25; }
label.campo { display: block; font-weight: 600; margin-bottom: .25rem; }
input[type=text] { width: 100%; font: inherit; font-size: 1.375rem; letter-spacing: .1em; padding: .6rem;
                   border: 2px solid #555; border-radius: .4rem; text-transform: uppercase; }
fieldset { border: 2px solid #555; border-radius: .4rem; margin: 0 0 1rem; padding: .5rem 1rem 1rem; }
legend { font-weight: 700; padding: 0 .25rem; }
.opcion { display: flex; align-items: center; gap: .75rem; min-height: 3rem; padding: .25rem 0;
          border-bottom: 1px solid #ccc; }
.opcion:last-child { border-bottom: 0; }
.opcion input { width: 1.75rem; height: 1.75rem; flex: none; }
button { font: inherit; font-weight: 700; width: 100%; min-height: 3rem; margin-top: 1rem; border: 0;
         border-radius: .4rem; background: var(--marca); color: #fff; cursor: pointer; }
button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid #f5a300; outline-offset: 2px; }
.error { color: var(--error); font-weight: 600; border-left: 4px solid var(--error); padding-left: .75rem; }
.registrado { background: var(--suave); border-left: 4px solid var(--bien); padding: .5rem 1rem; margin-bottom: 1rem; }
.registrado h2 { font-size: 1.25rem; margin: .25rem 0; }
code { font-size: 1.25rem; letter-spacing: .05em; word-break: break-all; }
.ayuda { color: #444; font-size: 1rem; }
"""


@dataclass(frozen=True)
class VistaDePapeleta:
    """Lo que muestra la papeleta: la urna, su título, si es secreta, las opciones (valor que se envía, rótulo) y
    cuántas marcas admite una boleta (1 y 1: una sola opción)."""
    urna_id: int
    titulo: str
    secreta: bool
    opciones: tuple[tuple[str, str], ...]
    minimo: int = 1
    maximo: int = 1


@dataclass(frozen=True)
class Recibo:
    """Lo que el teléfono guarda del voto que depositó: el comprobante, su huella corta y, si la urna es nominal,
    lo que eligió (en una secreta, nada de lo elegido)."""
    urna_id: int
    comprobante: str
    huella_corta: str
    eleccion: tuple[str, ...] | None = None


def _pagina(idioma: str, titulo: str, cuerpo: str) -> str:
    actual = ' aria-current="page"'
    enlaces = "".join(
        f'<li><a href="/?idioma={codigo}" lang="{ATRIBUTO_LANG[codigo]}" hreflang="{ATRIBUTO_LANG[codigo]}"'
        f'{actual if codigo == idioma else ""}>{nombre}</a></li>'
        for codigo, nombre in IDIOMAS.items())
    return (f'<!DOCTYPE html>\n<html lang="{ATRIBUTO_LANG[idioma]}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{escape(titulo)} · {escape(traducir("Voto en la sala"))}</title>\n'
            '<link rel="stylesheet" href="/estilo.css">\n</head>\n<body>\n'
            f'<header><p>{escape(traducir("Voto en la sala"))}</p>'
            f'<nav aria-label="{escape(traducir("Idioma"))}"><ul>{enlaces}</ul></nav></header>\n'
            f'<main>\n<h1>{escape(titulo)}</h1>\n{cuerpo}\n</main>\n</body>\n</html>\n')


def _ocultos(testigo: str, idioma: str, **otros) -> str:
    campos = {"testigo": testigo, "idioma": idioma, **otros}
    return "".join(f'<input type="hidden" name="{nombre}" value="{escape(str(valor))}">'
                   for nombre, valor in campos.items())


def _error(mensaje: str | None) -> str:
    return f'<p class="error" role="alert">{escape(mensaje)}</p>\n' if mensaje else ""


def pagina_de_ingreso(idioma: str, testigo: str, error: str | None = None, codigo: str = "") -> str:
    """La pantalla de ingresar el código: lo único que se ve sin un código vivo. `codigo`: el que trae la dirección
    (el QR de una tarjeta impresa), ya limpio (`dominio.voto_electronico.codigo_para_el_campo`): queda escrito."""
    valor = f' value="{escape(codigo)}"' if codigo else ""
    cuerpo = (
        _error(error)
        + '<form method="post" action="/ingresar">\n' + _ocultos(testigo, idioma)
        + f'<label class="campo" for="codigo">{escape(traducir("Código de su delegación"))}</label>\n'
        f'<input type="text" id="codigo" name="codigo"{valor} required maxlength="40" autocomplete="off" '
        'autocapitalize="characters" spellcheck="false" aria-describedby="ayuda-codigo">\n'
        f'<p class="ayuda" id="ayuda-codigo">{escape(traducir("Es el código que le entregó la secretaría al acreditar su delegación. El primer teléfono que lo usa queda atado a él."))}</p>\n'
        f'<button type="submit">{escape(traducir("Entrar"))}</button>\n</form>')
    return _pagina(idioma, traducir("Ingrese su código"), cuerpo)


def _ultimo_voto(recibo: Recibo | None) -> str:
    """El comprobante del último voto de este código, para anotarlo aunque la urna ya se cerró."""
    if recibo is None:
        return ""
    return (f'<section class="registrado" aria-labelledby="ultimo"><h2 id="ultimo">'
            f'{escape(traducir("Su último voto"))}</h2>\n'
            f'<p>{escape(traducir("Comprobante:"))} <code>{escape(recibo.comprobante)}</code></p>\n'
            f'<p>{escape(traducir("Huella corta:"))} <code>{escape(recibo.huella_corta)}</code></p>\n'
            f'<p class="ayuda">{escape(traducir("Anote el comprobante: con su huella corta verificará en el sitio publicado de la asociación que su voto se contó."))}</p>'
            '</section>\n')


def pagina_de_espera(idioma: str, delegacion: str, ultimo: Recibo | None = None) -> str:
    """Con código vivo y sin una urna abierta: quién vota, que espere a la presidencia y, si ya votó, el comprobante
    de su último voto."""
    cuerpo = (_ultimo_voto(ultimo) + f'<p>{escape(traducir("Vota por: {0}").format(delegacion))}</p>\n'
              f'<p>{escape(traducir("Ahora no hay ninguna votación abierta. Cuando la presidencia abra la próxima, actualice esta página."))}</p>\n'
              f'<p><a href="/?idioma={idioma}">{escape(traducir("Actualizar"))}</a></p>\n' + _otro_codigo(idioma))
    return _pagina(idioma, traducir("Esperando la próxima votación"), cuerpo)


def _otro_codigo(idioma: str) -> str:
    return (f'<p class="ayuda"><a href="/?otro_codigo=1&amp;idioma={idioma}">'
            f'{escape(traducir("Votar con otro código (si porta el poder de otra delegación)"))}</a></p>')


def _marcas(papeleta: VistaDePapeleta) -> str:
    if papeleta.maximo <= 1:
        return traducir("Marque una opción.")
    if papeleta.minimo == papeleta.maximo:
        return traducir("Marque {0} opciones.").format(papeleta.maximo)
    return traducir("Marque entre {0} y {1} opciones.").format(papeleta.minimo, papeleta.maximo)


def _rotulos(papeleta: VistaDePapeleta, valores: tuple[str, ...]) -> str:
    nombres = dict(papeleta.opciones)
    return ", ".join(nombres.get(v, v) for v in valores)


def _registrado(papeleta: VistaDePapeleta, recibo: Recibo) -> str:
    partes = [f'<section class="registrado" aria-labelledby="registrado">'
              f'<h2 id="registrado">{escape(traducir("Su voto está registrado"))}</h2>']
    if not papeleta.secreta and recibo.eleccion is not None:
        partes.append(f'<p>{escape(traducir("Usted votó: {0}").format(_rotulos(papeleta, recibo.eleccion)))}</p>')
    partes.append(f'<p>{escape(traducir("Comprobante:"))} <code>{escape(recibo.comprobante)}</code></p>')
    partes.append(f'<p>{escape(traducir("Huella corta:"))} <code>{escape(recibo.huella_corta)}</code></p>')
    partes.append(f'<p class="ayuda">{escape(traducir("Anote el comprobante: con su huella corta verificará en el sitio publicado de la asociación que su voto se contó."))}</p>')
    partes.append(f'<p>{escape(traducir("Puede cambiar su voto hasta que la presidencia cierre la urna."))}</p></section>')
    return "\n".join(partes) + "\n"


def _campo_del_comprobante() -> str:
    return (f'<label class="campo" for="comprobante">{escape(traducir("Comprobante de su voto anterior (solo para cambiarlo)"))}</label>\n'
            '<input type="text" id="comprobante" name="comprobante" maxlength="80" autocomplete="off" '
            'spellcheck="false">\n')


def pagina_de_papeleta(idioma: str, testigo: str, delegacion: str, papeleta: VistaDePapeleta,
                       recibo: Recibo | None = None, error: str | None = None, pedir_comprobante: bool = False) -> str:
    """La papeleta de la urna abierta; con el recibo del voto ya depositado, arriba el comprobante. Con
    `pedir_comprobante` (el teléfono ya no tiene su recibo), un campo para escribirlo y cambiar el voto."""
    tipo = "checkbox" if papeleta.maximo > 1 else "radio"
    requerido = " required" if tipo == "radio" else ""
    marcadas = set(recibo.eleccion or ()) if recibo and not papeleta.secreta else set()
    opciones = "\n".join(
        f'<div class="opcion"><input type="{tipo}" id="opcion-{i}" name="eleccion" value="{escape(valor)}"'
        f'{requerido}{" checked" if valor in marcadas else ""}>'
        f'<label for="opcion-{i}">{escape(rotulo)}</label></div>'
        for i, (valor, rotulo) in enumerate(papeleta.opciones, start=1))
    forma = traducir("Votación secreta") if papeleta.secreta else traducir("Votación nominal: el acta dirá qué votó cada delegación")
    cuerpo = (
        _error(error) + (_registrado(papeleta, recibo) if recibo else "")
        + f'<p>{escape(traducir("Vota por: {0}").format(delegacion))}</p>\n'
        + f'<p class="ayuda">{escape(forma)}. {escape(_marcas(papeleta))}</p>\n'
        + '<form method="post" action="/votar">\n' + _ocultos(testigo, idioma, urna=papeleta.urna_id)
        + f'<fieldset><legend>{escape(papeleta.titulo)}</legend>\n{opciones}\n</fieldset>\n'
        + (_campo_del_comprobante() if pedir_comprobante else "")
        + f'<button type="submit">{escape(traducir("Cambiar mi voto") if recibo else traducir("Votar"))}</button>\n'
        '</form>\n' + _otro_codigo(idioma))
    return _pagina(idioma, traducir("Su papeleta"), cuerpo)


def pagina_de_rechazo(idioma: str, titulo: str, mensaje: str) -> str:
    """Un pedido rechazado (formulario ya enviado, demasiados intentos): qué pasó y el camino de vuelta."""
    cuerpo = (_error(mensaje) + f'<p><a href="/?idioma={idioma}">{escape(traducir("Volver a la página de votación"))}</a></p>')
    return _pagina(idioma, titulo, cuerpo)
