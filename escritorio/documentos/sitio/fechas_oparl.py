"""`created` y `modified` de cada objeto OParl (OParl 1.1, §3.1: obligatorios en todos los tipos, también en los
objetos anidados): cuándo se creó lo que el objeto describe y cuándo cambió por última vez, en la forma
`AAAA-MM-DDThh:mm:ss+00:00` (§2.4), en UTC para que no dependan de la zona del equipo que publica.

Las fechas de cada fila las arma servicios/fechas_oparl.py con la bitácora; aquí se deciden las de los objetos
que juntan varias filas (también en docs/publicar.md):

- `System`, `Body` y la `Location` de la sede: la fila de la asociación (nombre, sigla, tipo, sede, dirección
  pública). Lo que cambia en sus listas no cambia al Body: cambia a los objetos de la lista.
- un órgano (`Organization` «Gremium»): su fila y, para `modified`, también la de cada mandato que lista;
- una ciudad (`Organization` «Institution»): su fila y sus estados (la baja da su `endDate`);
- una `Person` nombrada: la primera y la última fecha de sus mandatos (existe por ellos); la representación de un
  miembro (la `Person` de sus mandatos sin persona nombrada, oparl_personas.py): el alta del miembro y, para
  `modified`, también lo último que cambió en el miembro (su nombre va en el de ella) o en sus mandatos;
- un punto del orden del día (`AgendaItem`): su dirección es su lugar en la sesión (`{sesión}-{posición}`), así
  que `created` es cuándo la sesión llegó a tener ese punto (el alta del punto n.º i por orden de alta) y
  `modified` el último cambio del orden del día (un punto agregado, cambiado o borrado corre la numeración);
- la `File` del acta: `created`, cuando se emitió el acta; `modified`, cuando se registró la copia publicada (o
  cambió el órgano, que da su nombre);
- una sesión (`Meeting`): su fila y, para `modified`, también su orden del día, el acta que lleva adentro y su
  órgano (el nombre de la sesión lleva el del órgano);
- una moción (`Paper` «Moción») y su `Consultation` de cada sesión: la fila de la moción y, para `modified`, también
  sus enmiendas y sus votaciones; una enmienda (`Paper` «Enmienda») y su `Consultation`: su fila y su votación;
- una resolución (`Paper`) y su `Consultation`: la fila de la resolución (la sesión y el punto que la adoptaron
  están en ella); la `Location` de una sesión: la fila de la sesión.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Par = tuple[str, str]   # (created, modified)


def juntar(pares: list[Par]) -> Par:
    """Un objeto que describe varias filas: nació con la primera y cambió con la última."""
    return min(p[0] for p in pares), max(p[1] for p in pares)


@dataclass
class FechasOparl:
    asociacion: Par
    filas: dict[str, dict[int, Par]] = field(default_factory=dict)   # {tabla: {id: par}}, ya con su respaldo
    puntos: dict[int, list[Par]] = field(default_factory=dict)       # {sesión: un par por posición}
    actas: dict[int, Par] = field(default_factory=dict)              # {sesión: el PDF del acta publicado}
    agenda: dict[int, str] = field(default_factory=dict)             # {sesión: último cambio de su orden del día}

    def de(self, tabla: str, fila: int | None) -> Par:
        """Las fechas de una fila; las de la asociación si no se conocen (una fila de otra base copiada sin su
        bitácora): nunca la hora de publicar, que cambiaría en cada publicación."""
        return self.filas.get(tabla, {}).get(fila) or self.asociacion

    def organo(self, organo_id: int, mandatos: list[int]) -> Par:
        creada, cambio = self.de("organos", organo_id)
        return creada, max([cambio] + [self.de("mandatos", m)[1] for m in mandatos])

    def persona(self, mandatos: list[int]) -> Par:
        return juntar([self.de("mandatos", m) for m in mandatos])

    def representacion(self, miembro_id: int, mandatos: list[int]) -> Par:
        creada, cambio = self.de("miembros", miembro_id)
        return creada, max([cambio] + [self.de("mandatos", m)[1] for m in mandatos])

    def punto(self, sesion_id: int, posicion: int) -> Par:
        """`posicion`: desde 1, como en su dirección."""
        puntos = self.puntos.get(sesion_id) or []
        return puntos[posicion - 1] if posicion <= len(puntos) else self.de("sesiones", sesion_id)

    def _nombre(self, organo_id: int | None) -> list[str]:
        """El nombre de una sesión lleva el de su órgano: si el órgano cambia, cambia el nombre."""
        return [self.de("organos", organo_id)[1]] if organo_id is not None else []

    def acta(self, sesion_id: int, organo_id: int | None) -> Par:
        creada, cambio = self.actas.get(sesion_id) or self.de("sesiones", sesion_id)
        return creada, max([cambio] + self._nombre(organo_id))

    def reunion(self, sesion_id: int, organo_id: int | None, con_acta: bool) -> Par:
        creada, cambio = self.de("sesiones", sesion_id)
        partes = [cambio] + ([self.agenda[sesion_id]] if sesion_id in self.agenda else []) + self._nombre(organo_id)
        if con_acta:
            partes.append(self.acta(sesion_id, organo_id)[1])
        return creada, max(partes)
