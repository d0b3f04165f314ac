"""El estado que el repaso de la bitácora rehace mientras avanza (servicios/repaso_de_la_bitacora.py): cada registro,
con sus valores por columna (`Registro`), y lo que la base era en ese momento (`Estado`: qué actas ya estaban
aprobadas, de qué sesión es cada punto, qué resolución aprobó qué, cómo quedó cada elección)."""

from dataclasses import dataclass, field

from ..datos.base_de_datos import BaseDeDatos

CONGELADA = ("aprobada", "firmada")  # los estados de un acta que congelan su sesión (los de los triggers)


@dataclass
class Registro:
    """Un registro de la bitácora, con sus valores por columna: `antes` (cambio y borrado), `despues` (alta y
    cambio)."""
    id: int
    tabla: str
    fila: int | None
    accion: str
    antes: dict | None
    despues: dict | None
    anterior: bool = False  # sus valores no son tantos como las columnas de hoy: de un esquema anterior

    def cambiadas(self, columnas=None) -> list[str]:
        if self.accion != "cambio":
            return []
        nombres = columnas or list(self.despues)
        return [c for c in nombres if c in self.despues and self.antes.get(c) != self.despues.get(c)]


@dataclass
class Estado:
    """Lo que la base era en el momento de cada registro, rehecho de los registros anteriores."""
    congelada: set = field(default_factory=set)          # sesiones con el acta aprobada o firmada
    sesion_del_punto: dict = field(default_factory=dict)
    punto_de: dict = field(default_factory=dict)          # (tabla, id) -> punto, de votaciones, resoluciones, elecciones
    sesion_de_sala: dict = field(default_factory=dict)    # (tabla, id) -> sesión, de mociones, enmiendas, … (sala)
    mocion_de_enmienda: dict = field(default_factory=dict)
    enmendada_de: dict = field(default_factory=dict)      # enmienda -> la enmienda que enmienda (None: la moción)
    primera_imputacion: dict = field(default_factory=dict)  # cuota -> registro de su primera imputación
    repetidas: dict = field(default_factory=dict)         # (tabla, registro) -> registro del alta que repite
    # Las decisiones (issue 77, §4): qué acta aprueba cada punto, y de cada resolución su tipo y su punto.
    acta_del_punto: dict = field(default_factory=dict)     # punto -> sesión cuya acta aprueba
    resolucion: dict = field(default_factory=dict)         # resolución -> (tipo, punto)
    vinculos_desde: int = 0   # el primer registro sellado cuando el programa ya exigía el vínculo (migración 0022)
    decision_del_punto: dict = field(default_factory=dict)   # punto -> su tipo de decisión (admision, exclusion…)
    punto_aprobado: set = field(default_factory=set)         # puntos con una votación aprobada
    efectos_desde: int = 0    # el primer registro sellado con los efectos de las resoluciones (migración 0020)
    # Reformas y escalas (§4): de qué norma es cada reforma, de qué tipo cada norma, y qué reforma o escala aprobó
    # ya cada resolución.
    norma_de_reforma: dict = field(default_factory=dict)      # reforma -> norma
    tipo_de_norma: dict = field(default_factory=dict)         # norma -> estatuto, reglamento
    aprobo: dict = field(default_factory=dict)                # (reforma|escala, resolución) -> la reforma o escala
    # Mandatos (§4): desde el primer registro sellado cuando el programa ya exigía un titular que pudiera serlo
    # (servicios/elegibles.py llegó con la migración 0041), y la base para preguntarlo.
    elegibles_desde: int = 0
    db: BaseDeDatos | None = None
    # Elecciones (§4): cada elección como quedó, sus candidaturas y sus votos nominales, y el último registro que la
    # tocó; desde el primer registro sellado con el resultado guardado como datos (migración 0050).
    eleccion: dict = field(default_factory=dict)              # elección -> fila
    eleccion_del_punto: dict = field(default_factory=dict)    # punto -> elección
    padre_del_punto: dict = field(default_factory=dict)       # punto -> punto del que es la segunda vuelta
    candidaturas: dict = field(default_factory=dict)          # elección -> {candidatura -> fila}
    votos_eleccion: dict = field(default_factory=dict)        # elección -> {miembro -> fila}
    tocada: dict = field(default_factory=dict)                # elección -> el último registro que la tocó
    elecciones_desde: int = 0
    detalles: dict = field(default_factory=dict)              # registro -> por qué rompe su regla (lo dice la alarma)

    def anotar(self, r: Registro) -> None:
        self._anotar_eleccion(r)
        fila = r.despues
        if fila is None:
            return
        if r.tabla == "actas" and fila.get("estado") in CONGELADA and fila.get("sesion_id") is not None:
            self.congelada.add(fila.get("sesion_id"))
        elif r.tabla == "puntos_orden":
            self.sesion_del_punto[fila.get("id")] = fila.get("sesion_id")
            self.decision_del_punto[fila.get("id")] = fila.get("tipo_decision")
            self.padre_del_punto[fila.get("id")] = fila.get("padre_id")
        elif r.tabla == "reformas":
            self.norma_de_reforma[fila.get("id")] = fila.get("norma_id")
        elif r.tabla == "normas":
            self.tipo_de_norma[fila.get("id")] = fila.get("tipo")
        elif r.tabla == "efectos_resolucion" and fila.get("tipo") in ("reforma", "escala"):
            self.aprobo.setdefault((fila.get("tipo"), fila.get("resolucion_id")), fila.get(f"{fila.get('tipo')}_id"))
        elif r.tabla in ("votaciones", "resoluciones", "elecciones"):
            self.punto_de[(r.tabla, fila.get("id"))] = fila.get("punto_id")
            if r.tabla == "resoluciones":
                self.resolucion[fila.get("id")] = (fila.get("tipo"), fila.get("punto_id"))
                for que in ("reforma", "escala"):
                    if fila.get(f"{que}_id") is not None:
                        self.aprobo.setdefault((que, fila.get("id")), fila.get(f"{que}_id"))
            elif r.tabla == "votaciones" and fila.get("aprobada"):
                self.punto_aprobado.add(fila.get("punto_id"))
        elif r.tabla == "puntos_aprobacion_acta":
            self.acta_del_punto[fila.get("punto_id")] = fila.get("sesion_id")
        if r.tabla in ("mociones", "listas_de_oradores", "bloques_de_mocion"):
            self.sesion_de_sala[(r.tabla, fila.get("id"))] = fila.get("sesion_id")
        if r.tabla == "mociones":
            self.punto_de[("mociones", fila.get("id"))] = fila.get("punto_id")
        elif r.tabla in ("enmiendas", "votaciones_sala"):
            self.sesion_de_sala[(r.tabla, fila.get("id"))] = self.sesion_de_sala.get(("mociones", fila.get("mocion_id")))
            if r.tabla == "enmiendas":
                self.mocion_de_enmienda[fila.get("id")] = fila.get("mocion_id")
                self.enmendada_de[fila.get("id")] = fila.get("enmienda_de")

    def _anotar_eleccion(self, r: Registro) -> None:
        """Cada elección como queda: su fila, sus candidaturas (también las que se quitan) y sus votos nominales."""
        if r.tabla not in ("elecciones", "candidaturas", "votos_eleccion"):
            return
        fila = r.despues if r.despues is not None else r.antes
        eleccion = fila.get("id") if r.tabla == "elecciones" else fila.get("eleccion_id")
        self.tocada[eleccion] = r.id
        if r.tabla == "elecciones":
            self.eleccion[eleccion] = fila
            self.eleccion_del_punto[fila.get("punto_id")] = eleccion
            return
        filas = self.candidaturas if r.tabla == "candidaturas" else self.votos_eleccion
        clave = fila.get("id") if r.tabla == "candidaturas" else fila.get("miembro_id")
        de_la_eleccion = filas.setdefault(eleccion, {})
        if r.accion == "borrado":
            de_la_eleccion.pop(clave, None)
        else:
            de_la_eleccion[clave] = fila

    def sesion(self, fila: dict | None, via: str):
        """La sesión de una fila, por su columna `via` (la misma cadena que recorren los triggers congelados)."""
        if fila is None:
            return None
        if via == "id":
            return fila.get("id")
        if via == "sesion_id":
            return fila.get("sesion_id")
        if via in VIAS_DE_LA_SALA:
            return self.sesion_de_sala.get((VIAS_DE_LA_SALA[via], fila.get(via)))
        punto = fila.get("punto_id") if via == "punto_id" else self.punto_de.get(
            ({"votacion_id": "votaciones", "resolucion_id": "resoluciones", "eleccion_id": "elecciones"}[via],
             fila.get(via)))
        return self.sesion_del_punto.get(punto)


# Las columnas por las que una fila de la sala (migración 0055) llega a su sesión, y la tabla a la que apuntan.
VIAS_DE_LA_SALA = {"mocion_id": "mociones", "enmienda_id": "enmiendas", "votacion_sala_id": "votaciones_sala",
                    "lista_id": "listas_de_oradores"}
