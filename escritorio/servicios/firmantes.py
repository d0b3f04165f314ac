"""Quién firma el acta: la persona que presidió la sesión y la que actuó de secretaría, con su cargo en el género
que dicen los datos (`dominio.tratamiento`).

El borrador del acta dice quién preside y quién actúa de secretaría con un texto libre. Ese texto puede ser:
- el nombre de un órgano («Secretaría Ejecutiva», como en la demo: el estatuto da la presidencia del Consejo a
  quien ejerce la Secretaría Ejecutiva): firma la persona que lo ejercía el día de la sesión (la persona del
  mandato o, si el mandato es de un miembro, su autoridad en esa fecha);
- vacío: firma quien presidía el órgano ese día por su regla de presidencia o su mandato de presidente (para la
  secretaría, su mandato de secretario), si lo hay;
- un nombre («Sra. Carolina Cosse»): firma esa persona, tal como se escribió.
El género sale del texto del borrador, del cargo de la autoridad («Intendenta», «Prefeita») o del texto del
mandato; sin dato, el cargo es la función («Presidencia», «Secretaría»).

Las firmas no son parte del texto aprobado (la huella no las cubre): se arman al imprimir, con los mandatos y las
autoridades vigentes en la fecha de la sesión, que son historia y no cambian al cambiar las autoridades de hoy.
"""

from dataclasses import dataclass
from datetime import date

from ..datos.base_de_datos import BaseDeDatos

from ..datos import actas as tabla_actas
from ..datos import organos as tabla_organos
from ..dominio.miembros import cargo_local
from ..dominio.sesiones import de_organo
from ..dominio.texto import normalizar
from ..dominio.traduccion import traducir
from ..dominio.tratamiento import cargo_de_firma, genero_de, sin_la_funcion
from .contexto import Contexto
from .sesiones import sesion_de_la_asociacion


@dataclass(frozen=True)
class Firmante:
    nombre: str | None      # la aclaración: quién firma (None: se completa a mano)
    cargo: str              # «Presidenta», «Presidente», «Presidencia»; «Secretaria», «Secretario», «Secretaría»
    detalle: str | None = None  # de dónde le viene: «Intendenta de Mar del Plata · Secretaría Ejecutiva»


@dataclass(frozen=True)
class _Quien:
    nombre: str | None
    detalle: str | None
    indicios: tuple[str | None, ...]  # textos que pueden decir el género, del más directo al menos


def _autoridad(db: BaseDeDatos, miembro_id: int, al: str) -> tuple[str, str] | None:
    """(persona, cargo) de la autoridad del miembro en `al`: la última que asumió hasta esa fecha."""
    return tabla_actas.autoridad_del_miembro(db, miembro_id, al)


def _cargo_que_dice(cargo: str | None, pais: str | None) -> str | None:
    """El cargo de una autoridad como indicio del género, salvo si es el título que la base pone por omisión en ese
    país («Intendente», «Prefeito», «Alcalde»): ese no lo escribió nadie, no dice nada de la persona."""
    return None if cargo and pais and cargo.strip() == cargo_local(pais) else cargo


def _de_mandato(db: BaseDeDatos, mandato: dict, al: str, organo: str | None) -> _Quien:
    """La persona de un mandato: la que nombra el mandato o, si no, la autoridad del miembro en la fecha."""
    miembro = mandato.get("miembro")
    partes = []
    if (mandato.get("persona") or "").strip():
        nombre, indicios = mandato["persona"].strip(), (mandato["persona"],)
        partes.append(miembro)
    else:
        autoridad = _autoridad(db, mandato["miembro_id"], al) if mandato.get("miembro_id") else None
        if autoridad:
            cargo = _cargo_que_dice(autoridad[1], mandato.get("pais"))  # el de omisión no se muestra: puede errar
            nombre, indicios = autoridad[0], (autoridad[0], cargo)
            partes.append(traducir("{0} de {1}").format(cargo, miembro) if cargo and miembro else miembro)
        else:
            nombre, indicios = miembro, ()
    partes.append(organo)
    return _Quien(nombre, " · ".join(p for p in partes if p) or None, indicios)


def _quien_ejerce(db: BaseDeDatos, organo: dict, al: str, *, con_el_organo: bool = True) -> _Quien | None:
    """Quien ejercía el órgano en la fecha (el último que asumió, como cuenta la regla de presidencia)."""
    vigentes = [m for m in tabla_organos.mandatos(db, organo["id"], al)
                if m["cargo"] not in ("suplente", "observador", "integrante")]
    if not vigentes:
        return None
    presidentes = [m for m in vigentes if m["cargo"] == "presidente"]
    ultimo = max(presidentes or vigentes, key=lambda m: (m["desde"], m["id"]))
    return _de_mandato(db, ultimo, al, organo["nombre"] if con_el_organo else None)


def _del_organo(db: BaseDeDatos, asociacion_id: int, organo_id: int, funcion: str, al: date) -> _Quien | None:
    """Sin texto en el borrador: quien presidía el órgano (regla de presidencia o mandato de presidente) o
    su secretario."""
    if funcion == "presidencia":
        from .organos import composicion

        preside = composicion(Contexto(db, asociacion_id), organo_id, al).preside
        if preside is not None:
            return _de_mandato(db, {"miembro_id": preside.miembro_id, "miembro": preside.miembro, "pais": preside.pais,
                                    "persona": None}, al.isoformat(), preside.de_oficio)
    cargo = "presidente" if funcion == "presidencia" else "secretario"
    mandatos = [m for m in tabla_organos.mandatos(db, organo_id, al.isoformat()) if m["cargo"] == cargo]
    if not mandatos:
        return None
    return _de_mandato(db, max(mandatos, key=lambda m: (m["desde"], m["id"])), al.isoformat(), None)


def firmante(contexto: Contexto, organo_id: int, al: date, funcion: str, texto: str | None) -> Firmante:
    """Quién firma por `funcion` ('presidencia' o 'secretaria') según el texto del borrador."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    texto = (texto or "").strip()
    if not texto:
        quien = _del_organo(db, asociacion_id, organo_id, funcion, al)
        if quien is None:
            return Firmante(None, cargo_de_firma(funcion, None))
        return Firmante(quien.nombre, cargo_de_firma(funcion, genero_de(*quien.indicios)), quien.detalle)
    nombrado = next((o for o in tabla_organos.organos(db, asociacion_id)
                     if normalizar(o["nombre"]) == normalizar(texto)), None)
    if nombrado is not None:
        quien = _quien_ejerce(db, nombrado, al.isoformat())
        if quien is not None and quien.nombre:
            return Firmante(quien.nombre, cargo_de_firma(funcion, genero_de(texto, *quien.indicios)), quien.detalle)
        return Firmante(texto, cargo_de_firma(funcion, None))
    # Un nombre escrito a mano: si es el de una autoridad de un miembro en la fecha, su cargo puede decir el género.
    cargos = [_cargo_que_dice(cargo, pais)
              for cargo, pais in tabla_actas.cargos_de_la_persona(db, asociacion_id, texto.casefold(), al.isoformat())]
    # El título de la función, si se escribió con el nombre, ya lo dice el bloque: la aclaración es el nombre solo.
    return Firmante(sin_la_funcion(texto, funcion), cargo_de_firma(funcion, genero_de(texto, *cargos)))


def firmantes_del_acta(contexto: Contexto, sesion_id: int, preside: str | None,
                       secretaria: str | None) -> list[Firmante]:
    """Los dos bloques de firma del acta: presidencia y secretaría, con lo que dice el borrador (`preside` y
    `secretaria` del contenido del acta, el aprobado si está aprobada)."""
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    al = date.fromisoformat(sesion["fecha"])
    return [firmante(contexto, sesion["organo_id"], al, "presidencia", preside),
            firmante(contexto, sesion["organo_id"], al, "secretaria", secretaria)]


def firmantes_de_la_resolucion(contexto: Contexto, resolucion: dict) -> list[Firmante]:
    """Los bloques de firma de una resolución: los mismos que el acta de la sesión que la adoptó (presidencia y
    secretaría, con lo que dice su acta); una resolución sin sesión la firman quienes ejercían la presidencia y la
    secretaría de su órgano el día en que se imprime. `resolucion`: la fila de `datos.documentos.resolucion`."""
    if resolucion.get("sesion_id") is not None:
        from .actas import obtener_acta

        contenido = obtener_acta(contexto, resolucion["sesion_id"]).contenido
        return firmantes_del_acta(contexto, resolucion["sesion_id"], contenido.preside, contenido.secretaria)
    hoy = date.today()
    return [firmante(contexto, resolucion["organo_id"], hoy, "presidencia", None),
            firmante(contexto, resolucion["organo_id"], hoy, "secretaria", None)]


def quien_convoca(contexto: Contexto, organo_id: int, al: date) -> Firmante:
    """Quién firma la convocatoria a una sesión del órgano, el día en que se convocó (`al`): quien lo presidía (su
    regla de presidencia o su mandato de presidente, como elige el acta a quien preside cuando el borrador no lo
    dice), con el cargo del órgano («Presidenta del Consejo»); si nadie lo presidía, quien ejercía la Secretaría
    Ejecutiva de la asociación (el órgano de ese tipo), que convoca por la asociación. Sin nadie, el cargo solo
    («Presidencia de la Asamblea»): la aclaración se completa a mano."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    organo = tabla_organos.organo(db, organo_id) or {}
    preside = firmante(contexto, organo_id, al, "presidencia", None)
    cargo = f"{preside.cargo} {de_organo(organo.get('nombre') or '')}".strip()
    if preside.nombre:
        return Firmante(preside.nombre, cargo, preside.detalle)
    secretaria = next((o for o in tabla_organos.organos(db, asociacion_id)
                       if o["tipo"] == "secretaria_ejecutiva" and o["id"] != organo_id), None)
    quien = _quien_ejerce(db, secretaria, al.isoformat(), con_el_organo=False) if secretaria else None
    if quien is not None and quien.nombre:
        return Firmante(quien.nombre, secretaria["nombre"], quien.detalle)
    return Firmante(None, cargo)
