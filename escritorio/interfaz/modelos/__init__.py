"""Los modelos de tabla de la interfaz: qué se ve en cada celda, cómo se ordena y cómo se filtra.

`tabla` (una tabla de solo lectura para listas de Python: Cuotas y la cuenta de la ficha), `miembros` (la lista
de Miembros y su filtro) y `sesiones` (asistencia y votación nominal del editor de sesiones). No llaman a los
servicios (reciben las filas ya leídas; guardar es una función que les pasa la pestaña) y no importan vistas ni
diálogos: solo dominio, `comun` y `piezas`.
"""
