"""Las reglas de composición que la composición de un órgano no cumple, como una tabla (issue 79, §2): una función
chica por tipo de regla (`REVISIONES`), que recibe la regla y lo que se sabe de la composición en la fecha
(`EnRevision`) y devuelve sus avisos. `avisos_de_composicion` solo recorre las reglas del órgano y la tabla: una
forma nueva de estatuto llega como una fila más, no como otra rama.

Los avisos van en el idioma en curso (el de la ventana o, en un documento de composición, el del documento); los
nombres (órgano, país, miembro), como se escribieron.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .organos import (TIPOS_ORGANO, Asiento, Cupo, Regla, cupo_de, cupo_del_grupo, nombrar_tipos, nombre_de_la_agrupacion,
                      nombre_del_grupo, nombre_del_tipo, preside_id, puestos, quien_fija)
from .sesiones import el_organo
from .traduccion import traducir


@dataclass(frozen=True)
class EnRevision:
    """Lo que las reglas miran de una composición en una fecha. `categorias`: la de cada país vigente; `activos`:
    los miembros activos (None si nada los pide); `troika`: la Secretaría Ejecutiva anterior, la actual y la
    siguiente; `preside`: quien ejerce `cargo_que_preside`; `tipos_de_miembro`: el tipo de cada miembro sentado;
    `grupos`: por agrupación de las reglas por_agrupacion, sus grupos (en orden) y el grupo de cada miembro."""

    organo: str
    asientos: list[Asiento]
    categorias: dict[str, str]
    nombres_pais: dict[str, str]
    activos: set[int] | None = None
    troika: list[int] | None = None
    preside: Asiento | None = None
    cargo_que_preside: str | None = None
    tipos_de_miembro: dict[int, str] | None = None
    grupos: dict[str, tuple[list[str], dict[int, str]]] | None = None

    @property
    def titulares(self) -> list[Asiento]:
        return [a for a in self.asientos if a.cargo not in ("suplente", "observador")]

    @property
    def electos(self) -> list[Asiento]:
        """Los titulares que ocupan cupo (los de oficio no)."""
        return [a for a in self.titulares if not a.solo_de_oficio]


def _tamano_fijo(regla: Regla, c: EnRevision) -> list[str]:
    esperado = int(regla.parametros.get("puestos", 0))
    if len(c.titulares) == esperado:
        return []
    return [traducir("{0}: tiene {1} integrantes; {2} fija {3}.").format(c.organo, len(c.titulares), quien_fija(regla),
                                                                        esperado)]


def _aviso_de_cupo(regla: Regla, c: EnRevision, nombre: str, cupo: Cupo, ocupados: int) -> str | None:
    """El aviso de un país (o un grupo) cuyo número de puestos no entra en su cupo (None si entra)."""
    if cupo.maximo is not None and ocupados > cupo.maximo:
        plantilla = (traducir("{0}: {1} ocupa {2}; {3} admite {4}.") if cupo.exacto
                     else traducir("{0}: {1} ocupa {2}; {3} admite a lo sumo {4}."))
        return plantilla.format(c.organo, nombre, puestos(ocupados), quien_fija(regla), cupo.maximo)
    if ocupados >= cupo.minimo:
        return None
    if not cupo.exacto:
        return traducir("{0}: {1} tiene {2}; {3} pide al menos {4}.").format(
            c.organo, nombre, puestos(ocupados), quien_fija(regla), cupo.minimo)
    faltan = cupo.minimo - ocupados
    plantilla = (traducir("{0}: {1} tiene {2} de {3} puestos; faltan {4} según {5}.") if faltan > 1
                 else traducir("{0}: {1} tiene {2} de {3} puestos; falta {4} según {5}."))
    return plantilla.format(c.organo, nombre, ocupados, cupo.minimo, faltan, quien_fija(regla))


def _por_categoria(regla: Regla, c: EnRevision) -> list[str]:
    """El cupo de cada país según su categoría (solo los asientos electos), y ningún puesto para quien no es país
    miembro (un país retirado ya no es de la red)."""
    por_pais: dict[str, int] = {}
    for a in c.electos:
        if a.pais:
            por_pais[a.pais] = por_pais.get(a.pais, 0) + 1
    miembros = {p: categoria for p, categoria in c.categorias.items() if categoria != "retirado"}
    avisos = [_aviso_de_cupo(regla, c, c.nombres_pais.get(pais, pais), cupo_de(regla.parametros, categoria),
                             por_pais.get(pais, 0))
              for pais, categoria in sorted(miembros.items())]
    avisos += [traducir("{0}: {1} ocupa {2} pero no es país miembro de la asociación ({3}).").format(
        c.organo, c.nombres_pais.get(pais, pais), puestos(por_pais[pais]), quien_fija(regla))
        for pais in sorted(set(por_pais) - set(miembros))]
    return [aviso for aviso in avisos if aviso]


def _por_agrupacion(regla: Regla, c: EnRevision) -> list[str]:
    """El cupo de cada grupo de la agrupación (solo los asientos electos, un miembro una vez aunque se siente con dos
    personas): «Comité Ejecutivo: África (Región continental) tiene 1 puesto; el art. 7 pide al menos 2.»."""
    agrupacion = str(regla.parametros.get("agrupacion"))
    if c.grupos is None or agrupacion not in c.grupos:
        return []
    nombres, de_cada = c.grupos[agrupacion]
    por_grupo: dict[str, set[int]] = {}
    for a in c.electos:
        if a.miembro_id in de_cada:
            por_grupo.setdefault(de_cada[a.miembro_id], set()).add(a.miembro_id)
    avisos = []
    for grupo in nombres:
        cupo = cupo_del_grupo(regla.parametros, grupo)
        if cupo is not None:
            nombre = f"{nombre_del_grupo(agrupacion, grupo)} ({nombre_de_la_agrupacion(agrupacion)})"
            avisos.append(_aviso_de_cupo(regla, c, nombre, cupo, len(por_grupo.get(grupo, ()))))
    return [aviso for aviso in avisos if aviso]


def _troika(regla: Regla, c: EnRevision) -> list[str]:
    """«Se integra con» la anterior, la actual y la siguiente: deben estar; que haya otros (un Consejo con la troika
    de oficio) no es un incumplimiento, y el tamaño lo controla su propia regla."""
    if c.troika is None:
        return []
    presentes = {a.miembro_id for a in c.titulares}
    if all(m in presentes for m in c.troika if m is not None):
        return []
    return [traducir("{0}: debe integrarse con la Secretaría Ejecutiva anterior, la actual y la siguiente ({1}); la "
                     "composición registrada no coincide.").format(c.organo, quien_fija(regla))]


def _presidencia(regla: Regla, c: EnRevision) -> list[str]:
    """Preside quien ejerce el cargo que la regla nombra: que haya alguien, y que nadie más figure como Presidente."""
    tipo = str(regla.parametros.get("organo"))
    cargo = el_organo(c.cargo_que_preside or (traducir(TIPOS_ORGANO[tipo]) if tipo in TIPOS_ORGANO
                                              else traducir("el cargo")))
    avisos = []
    if c.preside is None:
        avisos.append(traducir("{0}: nadie ejerce {1} en esa fecha y {2} le da la presidencia; registre quién la "
                               "ejerce.").format(c.organo, cargo, quien_fija(regla)))
    for a in c.titulares:
        if a.cargo != "presidente" or a.miembro_id == preside_id(c.preside):
            continue
        if c.preside is not None:
            avisos.append(traducir("{0}: {1} figura como Presidente, pero {2} da la presidencia a quien ejerce {3} "
                                   "({4}). Corrija el cargo de ese mandato.").format(
                c.organo, a.miembro or a.persona, quien_fija(regla), cargo, c.preside.miembro))
        else:
            avisos.append(traducir("{0}: {1} figura como Presidente, pero {2} da la presidencia a quien ejerce {3}. "
                                   "Corrija el cargo de ese mandato.").format(
                c.organo, a.miembro or a.persona, quien_fija(regla), cargo))
    return avisos


def _tipo_de_miembro(regla: Regla, c: EnRevision) -> list[str]:
    """Solo se sientan (electos) miembros de los tipos que la regla admite; los de oficio, por su cargo."""
    if c.tipos_de_miembro is None:
        return []
    admitidos = regla.parametros.get("tipos") or []
    avisos = []
    for a in c.asientos:
        tipo = c.tipos_de_miembro.get(a.miembro_id) if a.miembro_id is not None else None
        if tipo is not None and tipo not in admitidos and not a.solo_de_oficio:
            avisos.append(traducir("{0}: {1} es {2}, y {3} lo integra solo con {4}.").format(
                c.organo, a.miembro, nombre_del_tipo(tipo).lower(), quien_fija(regla), nombrar_tipos(admitidos)))
    return avisos


def _todos_los_activos(regla: Regla, c: EnRevision) -> list[str]:
    if c.activos is None:
        return []
    faltan = len(c.activos - {a.miembro_id for a in c.asientos})
    if not faltan:
        return []
    return [traducir("{0}: {1} miembros activos no figuran; {2} la integra con todos.").format(
        c.organo, faltan, quien_fija(regla))]


# Cada tipo de regla de composición y lo que revisa. Los tipos que solo derivan asientos (de_oficio) o que no son de
# la composición (rotación, sesiones) no tienen fila: no dan avisos aquí.
REVISIONES: dict[str, Callable[[Regla, EnRevision], list[str]]] = {
    "tamano_fijo": _tamano_fijo,
    "por_categoria": _por_categoria,
    "por_agrupacion": _por_agrupacion,
    "troika": _troika,
    "presidencia": _presidencia,
    "tipo_de_miembro": _tipo_de_miembro,
    "todos_los_activos": _todos_los_activos,
}


def avisos_de_composicion(organo: str, asientos: list[Asiento], reglas: list[Regla], categorias: dict[str, str],
                          nombres_pais: dict[str, str], activos: set[int] | None = None,
                          troika: list[int] | None = None, preside: Asiento | None = None,
                          cargo_que_preside: str | None = None,
                          tipos_de_miembro: dict[int, str] | None = None,
                          grupos: dict[str, tuple[list[str], dict[int, str]]] | None = None) -> list[str]:
    """Las reglas que la composición no cumple: «Consejo: Brasil ocupa 3 puestos; el art. 14 admite 2».

    `categorias` es la categoría de cada país vigente en la fecha de la composición; los cupos por país cuentan
    solo los asientos electos (los de oficio no ocupan cupo). `preside` es quien ejerce `cargo_que_preside`
    en la fecha (regla de presidencia)."""
    en_revision = EnRevision(organo, asientos, categorias, nombres_pais, activos, troika, preside, cargo_que_preside,
                             tipos_de_miembro, grupos)
    return [aviso for regla in reglas if regla.tipo in REVISIONES
            for aviso in REVISIONES[regla.tipo](regla, en_revision)]
