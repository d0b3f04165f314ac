"""La ficha de un miembro tal como la edita una persona, y su validación campo por campo."""

from dataclasses import dataclass
from datetime import date

from . import miembros as m
from .paises import es_codigo_valido


@dataclass
class FichaMiembro:
    nombre: str
    pais: str
    tipo: str = "municipio"
    region: str | None = None
    codigo: str | None = None
    fecha_ingreso: date | None = None
    modo_ingreso: str = "solicitud_propia"
    fundador: bool = False
    correo: str | None = None
    telefono: str | None = None

    def limpia(self) -> "FichaMiembro":
        """Espacios recortados y textos vacíos convertidos en None."""
        def texto(valor):
            valor = " ".join(str(valor).split()) if valor is not None else ""
            return valor or None
        return FichaMiembro(
            nombre=texto(self.nombre) or "", pais=(self.pais or "").upper(), tipo=self.tipo,
            region=texto(self.region), codigo=texto(self.codigo), fecha_ingreso=self.fecha_ingreso,
            modo_ingreso=self.modo_ingreso, fundador=bool(self.fundador), correo=texto(self.correo),
            telefono=texto(self.telefono))


def validar_ficha(ficha: FichaMiembro, hoy: date) -> dict[str, str]:
    """campo -> motivo, para marcar cada campo inválido en el formulario. Vacío = válida."""
    errores = {}
    if not ficha.nombre:
        errores["nombre"] = "El nombre es obligatorio."
    if not es_codigo_valido(ficha.pais):
        errores["pais"] = "Elija el país del miembro."
    if ficha.tipo not in m.TIPOS:
        errores["tipo"] = "Elija el tipo de miembro."
    if ficha.modo_ingreso not in m.MODOS_INGRESO:
        errores["modo_ingreso"] = "Elija cómo ingresó el miembro."
    if ficha.fecha_ingreso and ficha.fecha_ingreso > hoy:
        errores["fecha_ingreso"] = "La fecha de ingreso no puede estar en el futuro."
    if ficha.correo:
        try:
            m.leer_correo(ficha.correo)
        except ValueError as error:
            errores["correo"] = f"El correo {error}."
    return errores


def validar_poblacion(cifra: object, anio: object, hoy: date) -> dict[str, str]:
    errores = {}
    try:
        m.leer_poblacion(cifra)
    except ValueError as error:
        errores["poblacion"] = f"La población {error}."
    if not m.esta_vacio(anio):
        try:
            m.leer_anio(anio, hoy)
        except ValueError as error:
            errores["anio"] = f"El año {error}."
    return errores
