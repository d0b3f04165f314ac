"""Cada página del sitio de transparencia, como texto HTML: recibe lo ya leído (servicios/publicacion.py arma los
datos y decide qué es público) y no lee la base.

Todas las páginas comparten el marco (`marco`): el idioma en <html lang>, un título, la navegación con enlaces
relativos (el sitio funciona desde un pendrive, una carpeta compartida o cualquier alojamiento) y el pie con la
fecha de los datos. Todo texto que viene de la base pasa por `html.escape`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from escritorio.dominio.traduccion import IDIOMAS_DE_DOCUMENTOS, traducir

from .contenido import prefijo_del_idioma
from .idioma_del_texto import atributo_lang

ESTILO = "estilo.css"
GUION_DE_VERIFICACION = "verificar.js"


@dataclass
class Enlace:
    ruta: str      # relativa a la raíz del sitio: «sesiones/4.html»
    texto: str


@dataclass
class Pagina:
    ruta: str                  # relativa a la raíz del sitio
    titulo: str
    cuerpo: str                # HTML ya escapado
    guion: bool = False        # si carga verificar.js (solo la página de verificación)
    migas: list[Enlace] = field(default_factory=list)
    titulo_html: str | None = None  # el <h1> ya escapado, si tiene partes en otro idioma (sitio/idioma_del_texto.py)


def t(texto: object) -> str:
    """Un texto de la base, escapado para HTML (None: vacío); en otro idioma que la página (`Escrito`), en su
    `<span lang>`."""
    if texto is None:
        return ""
    lang = atributo_lang(texto)
    return f"<span{lang}>{escape(str(texto))}</span>" if lang else escape(str(texto))


def relativa(desde: str, hacia: str) -> str:
    """El enlace de la página `desde` a `hacia`, las dos relativas a la raíz: «sesiones/4.html» -> «../index.html»."""
    profundidad = desde.count("/")
    return "../" * profundidad + hacia


def enlace(desde: str, hacia: str, texto: object) -> str:
    return f'<a href="{escape(relativa(desde, hacia))}">{t(texto)}</a>'


def secciones() -> list[Enlace]:
    """La navegación de todas las páginas."""
    return [Enlace("index.html", traducir("Inicio")), Enlace("estatuto.html", traducir("Estatuto")),
            Enlace("miembros.html", traducir("Miembros")), Enlace("mapa.html", traducir("Mapa")),
            Enlace("organos.html", traducir("Órganos")),
            Enlace("sesiones.html", traducir("Sesiones")), Enlace("resoluciones.html", traducir("Resoluciones")),
            Enlace("unidades.html", traducir("Unidades temáticas")), Enlace("indicadores.html", traducir("Indicadores")),
            Enlace("verificar/index.html", traducir("Verificar un documento"))]


def _otros_idiomas(pagina: Pagina, idioma: str, idiomas: list[str]) -> tuple[str, str]:
    """(los <link rel="alternate" hreflang> de la cabecera, el enlace visible a la misma página en cada otro idioma)
    de un sitio en varios idiomas; vacíos si está en uno solo. La misma página existe en cada idioma (sale de los
    mismos datos), en la raíz la del primero y en «pt/…» las de los demás (`prefijo_del_idioma`)."""
    if len(idiomas) < 2:
        return "", ""
    desde = prefijo_del_idioma(idioma, idiomas) + pagina.ruta

    def hacia(otro: str) -> str:
        return escape(relativa(desde, prefijo_del_idioma(otro, idiomas) + pagina.ruta))

    alternativas = "".join(f'<link rel="alternate" hreflang="{t(otro)}" href="{hacia(otro)}">\n' for otro in idiomas)
    enlaces = "".join(f'<li><a href="{hacia(otro)}" hreflang="{t(otro)}" lang="{t(otro)}">'
                      f"{t(IDIOMAS_DE_DOCUMENTOS.get(otro, otro))}</a></li>" for otro in idiomas if otro != idioma)
    return alternativas, f'<nav class="idiomas" aria-label="{t(traducir("Otros idiomas"))}"><ul>{enlaces}</ul></nav>'


def marco(pagina: Pagina, *, idioma: str, asociacion: str, idiomas: list[str] | None = None) -> str:
    """La página entera: cabecera (con el enlace a la misma página en los otros idiomas del sitio, si tiene más de
    uno), navegación, migas, contenido y pie."""
    alternativas, cambiar_de_idioma = _otros_idiomas(pagina, idioma, idiomas or [idioma])
    nav = "".join(f"<li>{enlace(pagina.ruta, s.ruta, s.texto)}</li>" for s in secciones())
    migas = ""
    if pagina.migas:
        pasos = " › ".join(enlace(pagina.ruta, m.ruta, m.texto) for m in pagina.migas)
        migas = f'<nav class="migas" aria-label="{t(traducir("Dónde está"))}">{pasos}</nav>'
    guion = (f'<script src="{escape(relativa(pagina.ruta, GUION_DE_VERIFICACION))}" defer></script>'
             if pagina.guion else "")
    # En <title> no va marcado (solo texto): el idioma de sus partes lo dice el <h1>.
    titulo = escape(str(asociacion)) if pagina.titulo == asociacion else f"{escape(str(pagina.titulo))} — {t(asociacion)}"
    # Sin la fecha: una página que no cambió sigue idéntica al publicar otro día (la fecha está en el inicio).
    pie = traducir("Publicado con Escritorio desde el registro de la asociación.")
    return (
        f'<!DOCTYPE html>\n<html lang="{t(idioma)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{titulo}</title>\n"
        f'<link rel="stylesheet" href="{escape(relativa(pagina.ruta, ESTILO))}">\n{alternativas}{guion}</head>\n'
        f'<body>\n<header>{cambiar_de_idioma}<p class="asociacion">{t(asociacion)}</p>\n'
        f'<nav aria-label="{t(traducir("Secciones"))}"><ul>{nav}</ul></nav></header>\n'
        f"<main>\n{migas}<h1>{pagina.titulo_html or t(pagina.titulo)}</h1>\n{pagina.cuerpo}\n</main>\n"
        f"<footer><p>{t(pie)}</p></footer>\n</body>\n</html>\n")


def tabla(encabezados: list[str], filas: list[list[str]], *, titulo: str | None = None) -> str:
    """Una tabla con sus encabezados; las celdas vienen ya escapadas (pueden llevar enlaces)."""
    if not filas:
        return f"<p>{t(traducir('No hay nada que mostrar.'))}</p>"
    leyenda = f"<caption>{t(titulo)}</caption>" if titulo else ""
    cabeza = "".join(f'<th scope="col">{t(e)}</th>' for e in encabezados)
    cuerpo = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in fila) + "</tr>" for fila in filas)
    nombre = titulo or traducir("Tabla: {0}").format(", ".join(encabezados[:3]))
    return desplazable(f"<table>{leyenda}<thead><tr>{cabeza}</tr></thead>\n<tbody>\n{cuerpo}\n</tbody></table>",
                       nombre)


def desplazable(tabla_html: str, nombre: str) -> str:
    """Una tabla dentro de su propia región, que se desliza de costado en una pantalla angosta (un teléfono: WCAG
    1.4.10, la página no se corre entera): se alcanza con el teclado (Tab, y las flechas la deslizan), se nombra
    para un lector de pantalla y una sombra en el borde dice que hay más (CSS `.tabla`)."""
    return f'<div class="tabla" role="region" tabindex="0" aria-label="{t(nombre)}">{tabla_html}</div>'


def lista(elementos: list[str]) -> str:
    """Una lista; los elementos vienen ya escapados."""
    if not elementos:
        return f"<p>{t(traducir('No hay nada que mostrar.'))}</p>"
    return "<ul>" + "".join(f"<li>{e}</li>" for e in elementos) + "</ul>"


def datos(pares: list[tuple[str, object]]) -> str:
    """Una lista de definiciones «rótulo: valor» (los valores vacíos no se muestran)."""
    filas = "".join(f"<dt>{t(r)}</dt><dd>{t(v)}</dd>" for r, v in pares if v not in (None, ""))
    return f"<dl>{filas}</dl>" if filas else ""


def parrafos(texto: str | None) -> str:
    """Un texto de la base con sus párrafos (una línea en blanco los separa); en otro idioma que la página
    (`Escrito`), con su `lang` en cada párrafo."""
    if not texto:
        return ""
    lang = atributo_lang(texto)
    return "".join(f"<p{lang}>{escape(p.strip())}</p>" for p in str(texto).split("\n\n") if p.strip())


CSS = """\
:root { color-scheme: light; --tinta: #1b1b1b; --suave: #555; --linea: #c8c8c8; --marca: #0b4f8a; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--tinta); }
header { background: var(--marca); color: #fff; padding: .75rem 1rem; }
header .asociacion { margin: 0 0 .5rem; font-weight: bold; font-size: 1.2rem; }
header ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
header a { color: #fff; }
header .idiomas { float: right; margin-left: 1rem; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
.migas { font-size: .9rem; color: var(--suave); }
h1 { font-size: 1.6rem; line-height: 1.25; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid var(--linea); }
h3 { font-size: 1.05rem; }
a { color: var(--marca); }
table { border-collapse: collapse; width: 100%; margin: 0; }
/* Una tabla ancha se desliza dentro de su región (issue 83: en un teléfono, la página no se corre de costado); la
   sombra de cada borde aparece solo si hay más de ese lado (fondos «local» y «scroll»). */
.tabla { overflow-x: auto; margin: .5rem 0 1rem;
  background: linear-gradient(to right, #fff 30%, rgba(255,255,255,0)) left / 2rem 100% no-repeat local,
              linear-gradient(to left, #fff 30%, rgba(255,255,255,0)) right / 2rem 100% no-repeat local,
              radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.35), rgba(0,0,0,0)) left / 1rem 100% no-repeat scroll,
              radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.35), rgba(0,0,0,0)) right / 1rem 100% no-repeat scroll; }
.tabla:focus { outline: 2px solid var(--marca); outline-offset: 2px; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; }
th, td { border: 1px solid var(--linea); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
td.numero, td:has(> .numero) { text-align: right; white-space: nowrap; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: bold; }
dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
@media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: .4rem; } }
code, .huella { font-family: "Liberation Mono", monospace; word-break: break-all; }
.aviso { border-left: 4px solid #b36b00; background: #fff6e5; padding: .5rem 1rem; }
.bien { border-left: 4px solid #1e7b34; background: #eaf6ec; padding: .5rem 1rem; }
.mal { border-left: 4px solid #a61b1b; background: #fbeaea; padding: .5rem 1rem; }
del { color: #8a1414; background: #fbeaea; }
ins { color: #15602a; background: #eaf6ec; }
.mocion { border-left: 3px solid var(--linea); padding-left: 1rem; margin: 1rem 0; }
h4 { font-size: 1rem; margin-bottom: .25rem; }
h5 { font-size: .95rem; margin: .75rem 0 .25rem; color: var(--suave); }
footer { border-top: 1px solid var(--linea); color: var(--suave); font-size: .9rem; padding: 1rem; text-align: center; }
@media print { header nav, .comprobar { display: none; } header { background: none; color: var(--tinta); } }
"""

# La comprobación de un archivo en la página de verificación: la huella SHA-256 se calcula en el navegador (Web
# Crypto) y se compara con las de las copias emitidas; el archivo no sale del equipo de quien verifica. Sin
# JavaScript, la página muestra las huellas para compararlas a mano.
JS = """\
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var caja = document.getElementById("comprobar");
  if (!caja) { return; }
  var entrada = caja.querySelector("input[type=file]");
  var respuesta = document.getElementById("resultado");
  // Cada huella emitida y lo que se dice de un archivo idéntico a ella (una copia firmada dice quién y cuándo).
  var emitidas = {};
  Array.prototype.forEach.call(document.querySelectorAll("[data-sha256]"), function (e) {
    emitidas[e.getAttribute("data-sha256")] = e.getAttribute("data-igual") || caja.getAttribute("data-igual");
  });
  caja.hidden = false;
  entrada.addEventListener("change", function () {
    var archivo = entrada.files[0];
    if (!archivo) { return; }
    if (!(window.crypto && window.crypto.subtle)) {
      respuesta.className = "aviso";
      respuesta.textContent = caja.getAttribute("data-sin-cripto");
      return;
    }
    archivo.arrayBuffer().then(function (bytes) {
      return window.crypto.subtle.digest("SHA-256", bytes);
    }).then(function (resumen) {
      var huella = Array.prototype.map.call(new Uint8Array(resumen), function (b) {
        return ("0" + b.toString(16)).slice(-2);
      }).join("");
      var igual = Object.prototype.hasOwnProperty.call(emitidas, huella);
      respuesta.className = igual ? "bien" : "mal";
      respuesta.textContent = (igual ? emitidas[huella] : caja.getAttribute("data-distinto")).replace("{0}", huella);
    });
  });
});
"""
