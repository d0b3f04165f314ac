"""Aplicar a las reglas de sesión una reforma ya registrada (issue 59, punto 1).

Si la reforma de un artículo se registró sin «--regla» (o en la ventana sin «Reglas de sesión que fija la reforma»),
las reglas que citan ese artículo quedaron con el valor viejo y la configuración no las rebaja. Se aplica la reforma
después: «escritorio organos reglas ORGANO --por-reforma REFORMA --poderes 3» (en la ventana, Reglas de sesión… ›
«Aplicar una reforma»). REFORMA es el número con que se cuenta la reforma entre las de su norma (el texto original no
cuenta: la primera reforma es la 1), el que dicen «Reforma 2 de «Estatuto» registrada», el aviso y «estatutos
reglas»; la de un reglamento lleva su título delante («Reglamento de cuotas:1»).

- Solo los parámetros cuya regla cita un artículo que esa reforma cambió o derogó se cambian libremente (incluso a
  menos); el resto sigue la regla de siempre (solo se endurece, con motivo; sin artículo, libre con aviso).
- Rige desde la fecha de la reforma (o desde una fecha posterior que se indique), queda anotada con la reforma
  (reglas_quorum.reforma_id), y nunca hacia atrás: si el órgano ya celebró sesiones desde esa fecha, se rechaza.
- Lo mismo que una reforma con «--regla»: pide que la reforma tenga la resolución que la adoptó.

También da a la ventana de la reforma las claves de las reglas que citan los artículos que se reforman
(`claves_citadas`) y, tras registrarla, los avisos de las reglas que quedaron con el texto viejo
(`avisos_de_la_reforma`): CLI y ventana dicen lo mismo.
"""

from dataclasses import dataclass
from datetime import date
from typing import TypedDict

from ..datos import normas as tabla_normas
from ..datos import organos as tabla_organos
from ..datos.conexion import transaccion
from ..datos.sesiones import articulo_de_suspension
from ..dominio import formato
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio, ErrorValidacion
from .contexto import Contexto
from .estatutos import numero_de_la_reforma
from .reglas_de_la_reforma import articulo_de, claves_posibles, texto_de_la_regla
from .reglas_del_estatuto import ReglasGuardadas, cambios_de_reglas, citan_articulos, reformados_por


class ReformaRegistrada(TypedDict):
    """Una reforma con su norma y la resolución que la adoptó (datos.normas.reforma)."""

    id: int
    norma_id: int
    vigente_desde: str
    aprobada_por: str | None
    descripcion: str | None
    norma: str
    asociacion_id: int
    resolucion_id: int | None


@dataclass(frozen=True)
class ClaveCitada:
    """Una clave de «--regla» cuya regla (en algún órgano) cita un artículo que se reforma."""

    clave: str          # «poderes», «mayoria.reforma_estatuto»…
    organos: list[str]  # los órganos cuya regla la cita
    articulo: str       # la cita: «Estatuto, art. 21»
    hoy: str            # cómo es la regla el día de la reforma (la del primer órgano): «hasta 3 poderes por miembro»


@dataclass(frozen=True)
class ReformaAplicable:
    """Una reforma que cambió un artículo que cita alguna regla de sesión del órgano."""

    id: int
    vigente_desde: date
    norma: str
    articulos: list[str]
    aprobada_por: str | None
    claves: list[str]   # las claves de las reglas del órgano que citan sus artículos
    numero: str         # como se la nombra (numero_de_la_reforma)

    @property
    def rotulo(self) -> str:
        articulos = ", ".join(self.articulos)
        return traducir("Reforma {0} de «{1}» (art. {2}), desde el {3}").format(
            self.numero.rpartition(":")[2], self.norma, articulos, formato.fecha(self.vigente_desde))


def claves_citadas(contexto: Contexto, norma_id: int, numeros: list[str], desde: date) -> list[ClaveCitada]:
    """Las claves de «--regla» cuyas reglas de sesión (las que rigen el día `desde`, en cada órgano) citan alguno de
    los artículos `numeros` de la norma: las que una reforma de esos artículos puede fijar."""
    from .sesiones.reglas import reglas_de_sesion

    cita = citan_articulos(contexto, norma_id, list(numeros))
    morosos = articulo_de_suspension(contexto.db, contexto.asociacion_id)
    por_clave: dict[str, ClaveCitada] = {}
    for organo in tabla_organos.organos(contexto.db, contexto.asociacion_id):
        reglas = reglas_de_sesion(contexto, organo["id"], desde)
        for clave in claves_posibles():
            articulo = articulo_de(reglas, clave, morosos)
            if not cita(articulo):
                continue
            if clave in por_clave:
                por_clave[clave].organos.append(organo["nombre"])
            else:
                por_clave[clave] = ClaveCitada(clave, [organo["nombre"]], articulo, texto_de_la_regla(reglas, clave))
    return [por_clave[c] for c in claves_posibles() if c in por_clave]


def avisos_de_la_reforma(contexto: Contexto, reforma_id: int) -> list[str]:
    """Tras registrar una reforma: cada regla de sesión que cita un artículo reformado y que la reforma no cambió
    (sigue con el valor del texto viejo desde su fecha), con cómo aplicarla."""
    from .revision_de_reglas import reglas_marcadas

    fila = tabla_normas.reforma(contexto.db, reforma_id)
    if fila is None:
        return []
    desde = date.fromisoformat(fila["vigente_desde"])
    cita = reformados_por(contexto, reforma_id)
    if fila["resolucion_id"] is None:   # sin la resolución que la adoptó, la reforma no fija reglas (ni después)
        return [segun_la_puerta(
            ventana=traducir("{0}: cita el art. {1} reformado y la reforma no la cambió; sin la resolución que la "
                             "adoptó, la reforma no fija reglas de sesión. Revise la regla (área Órganos, «Reglas de "
                             "sesión…», «Rigen desde:»); el órgano la muestra en «Reglas que citan un texto "
                             "reformado»."),
            linea=traducir("{0}: cita el art. {1} reformado y la reforma no la cambió; sin la resolución que la "
                           "adoptó, la reforma no fija reglas de sesión. Revise la regla (Reglas de sesión…, «Rigen "
                           "desde»); «escritorio estatutos reglas» la lista.")).format(m.que, m.articulo)
                for m in reglas_marcadas(contexto)
                if m.tabla == "reglas_quorum" and m.reformado == desde and cita(m.cita)]
    return [segun_la_puerta(
        ventana=traducir("{0}: cita el art. {1} reformado y la reforma no la cambió. Si el texto nuevo cambia la "
                         "regla, aplíquela en el área Órganos: «Reglas de sesión…» de {2}, «Aplicar una reforma:» "
                         "(la reforma {3}); el órgano la muestra en «Reglas que citan un texto reformado»."),
        linea=traducir("{0}: cita el art. {1} reformado y la reforma no la cambió. Si el texto nuevo cambia la regla, "
                       "aplíquela: escritorio organos reglas «{2}» --por-reforma {3} … (o Reglas de sesión… › "
                       "«Aplicar una reforma»); «escritorio estatutos reglas» la lista.")).format(
        m.que, m.articulo, m.que.split(":")[0], numero_de_la_reforma(contexto.db, reforma_id))
        for m in reglas_marcadas(contexto) if m.tabla == "reglas_quorum" and m.reformado == desde and cita(m.cita)]


def reforma_para_aplicar(contexto: Contexto, texto: str) -> ReformaRegistrada:
    """La reforma que nombra `texto` («2»: la segunda reforma del estatuto; «Reglamento de cuotas:1»: la primera de
    esa norma, por título o id), o ErrorEscritorio con cómo encontrar su número."""
    from ..dominio.entrada import muestra
    from .estatutos import elegir_norma, listar_reformas

    norma_texto, _, numero = (texto or "").strip().rpartition(":")
    norma = elegir_norma(contexto, norma_texto or None)
    reformas = listar_reformas(contexto, norma["id"])   # la primera fila es el texto original
    numero = numero.strip()
    if not (numero.isascii() and numero.isdigit() and 1 <= int(numero) < len(reformas)):
        cuantas = len(reformas) - 1
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("«{0}» no es una reforma de «{1}»: tiene {2}. Elija la reforma en la lista «Aplicar una "
                             "reforma:»."),
            linea=traducir("«{0}» no es una reforma de «{1}»: tiene {2}, numeradas desde 1 como las cuenta "
                           "«estatutos reformar» («Reforma N … registrada») y las nombra «escritorio estatutos "
                           "reglas»; la de otra norma, con su título: «TITULO:N».")).format(
            muestra(texto), norma["titulo"], cuantas))
    return tabla_normas.reforma(contexto.db, reformas[int(numero)]["id"])


def reformas_aplicables(contexto: Contexto, organo_id: int) -> list[ReformaAplicable]:
    """Las reformas que cambiaron un artículo que cita alguna regla de sesión del órgano (la que regía el día de la
    reforma), de la más nueva a la más vieja: las que se le pueden aplicar."""
    from .sesiones.reglas import reglas_de_sesion

    morosos = articulo_de_suspension(contexto.db, contexto.asociacion_id)
    aplicables = []
    for norma in tabla_normas.normas(contexto.db, contexto.asociacion_id):
        for fila in tabla_normas.reformas(contexto.db, norma["id"]):
            norma_id, numeros = tabla_normas.articulos_de_la_reforma(contexto.db, fila["id"])
            if not numeros or fila["resolucion_id"] is None:
                continue
            desde = date.fromisoformat(fila["vigente_desde"])
            reglas = reglas_de_sesion(contexto, organo_id, desde)
            cita = citan_articulos(contexto, norma_id, numeros)
            claves = [c for c in claves_posibles() if cita(articulo_de(reglas, c, morosos))]
            if claves:
                aplicables.append(ReformaAplicable(fila["id"], desde, norma["titulo"], numeros, fila["aprobada_por"],
                                                   claves, numero_de_la_reforma(contexto.db, fila["id"])))
    return sorted(aplicables, key=lambda r: (r.vigente_desde, r.id), reverse=True)


def aplicar_reforma(contexto: Contexto, organo_id: int, reforma_id: int, reglas, desde: date | None = None,
                    motivo: str | None = None, *, leidas=None) -> ReglasGuardadas:
    """Guarda `reglas` (servicios.sesiones.reglas.ReglasDeSesion) como la versión que fija la reforma `reforma_id`, desde su
    fecha (o desde `desde`, posterior), anotada con la reforma. Los parámetros que citan un artículo de la reforma
    cambian libremente; los demás, con la regla de siempre. Rechaza si nada de lo que cambia cita un artículo de la
    reforma, o si el órgano ya celebró sesiones desde esa fecha. Todo en una transacción. `leidas`: como en
    fijar_reglas_de_sesion (si otro programa las cambió desde que se leyeron, ErrorConflicto)."""
    from .mandatos import organo_de_la_asociacion
    from .sesiones.reglas import fijar_reglas_de_sesion, reglas_de_sesion

    with transaccion(contexto.db):
        organo = organo_de_la_asociacion(contexto, organo_id)
        fila = tabla_normas.reforma(contexto.db, reforma_id)
        if fila is None or fila["asociacion_id"] != contexto.asociacion_id:
            raise ErrorEscritorio(traducir("No existe esa reforma en esta asociación."))
        fecha = date.fromisoformat(fila["vigente_desde"])
        numero = numero_de_la_reforma(contexto.db, reforma_id)
        if fila["resolucion_id"] is None:
            raise ErrorValidacion(traducir("La reforma {0} no tiene la resolución que la adoptó: una reforma fija "
                                           "reglas de sesión solo con ella (estatutos reformar … --resolucion N).")
                                  .format(numero))
        if desde is not None and desde < fecha:
            raise ErrorValidacion(traducir("La reforma {0} rige desde el {1}: sus reglas no rigen antes de esa "
                                           "fecha.").format(numero, formato.fecha(fecha)))
        desde = desde or fecha
        vieja = reglas_de_sesion(contexto, organo_id, desde)
        reformados = reformados_por(contexto, reforma_id)
        cambios = cambios_de_reglas(vieja, reglas, articulo_de_suspension(contexto.db, contexto.asociacion_id))
        if not any(reformados(c.articulo) for c in cambios):
            _, numeros = tabla_normas.articulos_de_la_reforma(contexto.db, reforma_id)
            citadas = [c for c in claves_posibles()
                       if reformados(articulo_de(vieja, c, articulo_de_suspension(contexto.db,
                                                                                     contexto.asociacion_id)))]
            raise ErrorValidacion(
                traducir("No se aplicó la reforma {0} a «{1}»: nada de lo que se cambia cita el art. {2} que la "
                         "reforma cambió.").format(numero, organo["nombre"], ", ".join(numeros)) + " " +
                (traducir("Las reglas de «{0}» que lo citan: {1}.").format(organo["nombre"], ", ".join(citadas))
                 if citadas else traducir("Ninguna regla de «{0}» lo cita.").format(organo["nombre"])))
        reglas.vigente_desde = desde
        motivo = (motivo or "").strip() or traducir("Aplicada la reforma {0} ({1})").format(
            numero, fila["aprobada_por"] or fila["norma"])
        return fijar_reglas_de_sesion(contexto, organo_id, reglas, leidas=leidas, motivo=motivo,
                                      reforma_id=reforma_id, aplicada_despues=True)
